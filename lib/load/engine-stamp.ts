/** The engine that served a result, as stored with runs and sweeps and shown beside them. Client-safe. */
import type { BackendName } from '@/lib/db/backend-info';

export interface EngineStamp {
  backend: BackendName;
  /** e.g. "PostgreSQL 18.1", "dynalite 4.0.0 (DynamoDB emulator)", "Amazon DynamoDB (us-east-1)". */
  name: string;
  /** A stand-in for the real service: its latency and throughput are the emulator's. */
  emulator: boolean;
}

/** The sentence shown beside an emulator's figures. */
export function emulatorNote(stamp: EngineStamp): string {
  return `Served by ${stamp.name}: its latency is the emulator's on this machine, not DynamoDB's. The read units and bytes in the cost panel are what DynamoDB would charge and send.`;
}
