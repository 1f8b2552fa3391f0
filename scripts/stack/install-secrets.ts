import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Per-install passwords of the embedded backends. */
export interface InstallSecrets {
  postgresPassword: string;
  redisPassword: string;
}

const FILE = 'secrets.json';

/**
 * Made once per data folder and kept there readable by this user only (0600), so each install
 * has its own passwords and nobody types them: the launcher passes them on in the URLs.
 */
export function loadInstallSecrets(dataDir: string): { secrets: InstallSecrets; created: boolean } {
  const file = path.resolve(dataDir, FILE);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<InstallSecrets>;
    if (stored.postgresPassword && stored.redisPassword) {
      chmodSync(file, 0o600);
      return { secrets: stored as InstallSecrets, created: false };
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  // base64url: safe in a URL and in a quoted SQL literal without escaping surprises.
  const secrets: InstallSecrets = { postgresPassword: randomBytes(24).toString('base64url'), redisPassword: randomBytes(24).toString('base64url') };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return { secrets, created: true };
}
