import 'server-only';
import { getConfig } from '@/lib/config';

/** The app's own address, as the generator (a process on this machine) reaches it. Nothing from the browser becomes part of it. */
export function appBaseUrl(): string {
  const { HOST, PORT } = getConfig();
  const host = HOST === '0.0.0.0' || HOST === '::' ? '127.0.0.1' : HOST.includes(':') ? `[${HOST}]` : HOST;
  return `http://${host}:${PORT}`;
}
