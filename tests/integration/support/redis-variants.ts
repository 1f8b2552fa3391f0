import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { waitForPort } from '../../../scripts/stack/wait-for';

/** Real redis-server processes in the shapes managed services take: TLS with AUTH, and a cluster. */
export interface RedisVariant {
  url: string;
  caFile?: string;
  stop(): Promise<void>;
}

function exitOf(child: ChildProcess, port: number): Promise<never> {
  return new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`redis-server on ${port} exited (${code}) before listening`))));
}

async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

function startServer(args: string[], dir: string): ChildProcess {
  mkdirSync(dir, { recursive: true });
  return spawn('redis-server', ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...args], { stdio: 'ignore' });
}

/** redis-server speaking only TLS (self-signed certificate for 127.0.0.1) and requiring a password. */
export async function startTlsRedis(port: number, password: string, baseDir: string): Promise<RedisVariant> {
  const dir = path.resolve(baseDir, `tls-${port}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cert = path.join(dir, 'server.crt');
  const key = path.join(dir, 'server.key');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const child = startServer(['--port', '0', '--tls-port', String(port), '--tls-cert-file', cert, '--tls-key-file', key, '--tls-auth-clients', 'no', '--requirepass', password], dir);
  try {
    await Promise.race([waitForPort(port, '127.0.0.1', 10_000, 'TLS redis-server'), exitOf(child, port)]);
  } catch (error) {
    await stopAll([child]);
    throw error;
  }
  return { url: `rediss://:${encodeURIComponent(password)}@127.0.0.1:${port}`, caFile: cert, stop: () => stopAll([child]) };
}

/** Three masters joined into a cluster with redis-cli, as a cluster-mode endpoint is. */
export async function startRedisCluster(firstPort: number, baseDir: string): Promise<RedisVariant> {
  const ports = [firstPort, firstPort + 1, firstPort + 2];
  const children = ports.map((port) => {
    const dir = path.resolve(baseDir, `cluster-${port}`);
    rmSync(dir, { recursive: true, force: true });
    // The bus port defaults to port + 10000, inside Linux's ephemeral range, where a client socket
    // of the load tests may hold it; one just above the node's own port never is.
    const busPort = port + 1000;
    return startServer(['--port', String(port), '--cluster-port', String(busPort), '--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '2000'], dir);
  });
  try {
    // A node that exits at once (its port or bus port taken) fails here, not as a confusing create error.
    await Promise.all(ports.map((port, i) => Promise.race([waitForPort(port, '127.0.0.1', 10_000, 'cluster node'), exitOf(children[i]!, port)])));
    execFileSync('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], { stdio: 'pipe' });
    // The cluster is usable once every node agrees all slots are covered.
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const info = execFileSync('redis-cli', ['-p', String(firstPort), 'cluster', 'info'], { encoding: 'utf8' });
      if (info.includes('cluster_state:ok')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (error) {
    // Never leave half a cluster running: the next run would find its ports taken.
    await stopAll(children);
    throw error;
  }
  return { url: `redis://127.0.0.1:${firstPort}`, stop: () => stopAll(children) };
}
