// Installs the system packages the embedded stack and the browser tests need, when missing.
// Debian: redis-server always; chromium when --with-browser is given. Needs root for apt-get.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

// [how to tell it is there, Debian package]
const wanted = [];
// redis-server only when the demo will embed it (REDIS_URL unset).
if (!process.env.REDIS_URL) wanted.push([() => has('redis-server'), 'redis-server']);
// The tests also need a browser, a Hangul font for the Korean sample data in screenshots,
// openssl and redis-cli for the Redis TLS and cluster tests, ab for the workshop's own burst.
if (process.argv.includes('--with-browser')) {
  wanted.push(
    [() => has('chromium'), 'chromium'],
    [() => existsSync('/usr/share/fonts/truetype/nanum'), 'fonts-nanum'],
    [() => has('openssl'), 'openssl'],
    [() => has('redis-cli'), 'redis-tools'],
    [() => has('ab'), 'apache2-utils'],
  );
}
const missing = wanted.filter(([present]) => !present()).map(([, pkg]) => pkg);

if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !has('apt-get')) {
  console.error(
    `Missing: ${missing.join(', ')}. Install ${missing.length > 1 ? 'them' : 'it'} with your package manager ` +
      `(Debian: sudo apt-get install ${missing.join(' ')})${missing.includes('redis-server') ? ', or set REDIS_URL to a running Redis' : ''}.`,
  );
  process.exit(missing.includes('redis-server') ? 1 : 0);
}

console.log(`Installing ${missing.join(', ')} from Debian's packages...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync(`apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit', env });
