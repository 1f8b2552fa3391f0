import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLeanHandler } from '@/lib/lean/create-lean-handler';
import { getLeanRoutes } from '@/lib/scenarios';

export interface Answer {
  status: number;
  body: string;
  ms: number;
}

/** The lean routes on a port of their own, as server.ts answers them. */
export async function startLeanServer(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const handleLean = createLeanHandler(getLeanRoutes());
  const server: Server = createServer((req, res) => {
    if (!handleLean(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export function get(url: string, agent: Agent): Promise<Omit<Answer, 'ms'>> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** `total` GETs with `concurrency` in flight, like `ab -c concurrency -n total`. */
export async function fire(url: string, total: number, concurrency: number, onAnswer?: (answers: Answer[]) => void | Promise<void>): Promise<Answer[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const answers: Answer[] = [];
  let sent = 0;
  const worker = async () => {
    while (sent < total) {
      sent += 1;
      const started = performance.now();
      const answer = await get(url, agent);
      answers.push({ ...answer, ms: performance.now() - started });
      await onAnswer?.(answers);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  return answers;
}
