// Installs the system packages the embedded stack and the browser tests need, when missing.
// Debian: redis-server always; chromium (and the tests' other tools) when --with-browser is given;
// apt-get needs root. macOS: the same from Homebrew (`brew install ...`, no root), Chrome or
// Chromium from /Applications or Playwright's own download; what cannot be installed is named.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, findProgram } from './runtime/system-tools.mjs';

const withBrowser = process.argv.includes('--with-browser');
const mac = process.platform === 'darwin';

// [what, how to tell it is there, Debian package, Homebrew formula]
const wanted = [];
// redis-server only when the demo will embed it (REDIS_URL unset).
if (!process.env.REDIS_URL) wanted.push(['redis-server', () => findProgram('redis-server'), 'redis-server', 'redis']);
// The tests also need a browser, a Hangul font for the Korean sample data in screenshots,
// openssl and redis-cli for the Redis TLS and cluster tests, ab for the workshop's own burst.
// macOS ships openssl (LibreSSL), ab (/usr/sbin/ab) and a Hangul font (Apple SD Gothic Neo).
if (withBrowser) {
  wanted.push(
    ['Chromium', () => mac || findChromium(), 'chromium', undefined],
    ['a Hangul font', () => mac || existsSync('/usr/share/fonts/truetype/nanum'), 'fonts-nanum', undefined],
    ['openssl', () => findProgram('openssl'), 'openssl', 'openssl'],
    ['redis-cli', () => findProgram('redis-cli'), 'redis-tools', 'redis'],
    ['ab', () => findProgram('ab') || existsSync('/usr/sbin/ab'), 'apache2-utils', 'httpd'],
  );
}
const missing = wanted.filter(([, present]) => !present());

if (mac) {
  // Playwright drives Chrome or Chromium from /Applications, CHROMIUM_PATH, or its own download.
  if (withBrowser && !findChromium() && !existsSync(`${process.env.HOME}/Library/Caches/ms-playwright`)) {
    console.log('No Chrome or Chromium in /Applications and no CHROMIUM_PATH: downloading Playwright\'s Chromium (npx playwright install chromium)...');
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  }
  const formulas = [...new Set(missing.map(([, , , formula]) => formula).filter(Boolean))];
  if (formulas.length === 0) process.exit(0);
  if (!findProgram('brew')) {
    console.error(
      `Missing: ${missing.map(([what]) => what).join(', ')}. Install Homebrew (https://brew.sh), then run ` +
        `\`brew install ${formulas.join(' ')}\`${formulas.includes('redis') ? ', or set REDIS_URL to a running Redis' : ''}.`,
    );
    process.exit(missing.some(([what]) => what === 'redis-server') ? 1 : 0);
  }
  console.log(`Installing ${formulas.join(', ')} from Homebrew (brew install ${formulas.join(' ')})...`);
  execSync(`brew install ${formulas.join(' ')}`, { stdio: 'inherit', env: { ...process.env, HOMEBREW_NO_AUTO_UPDATE: '1' } });
  process.exit(0);
}

if (missing.length === 0) process.exit(0);
const packages = missing.map(([, , pkg]) => pkg);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !findProgram('apt-get')) {
  console.error(
    `Missing: ${packages.join(', ')}. Install ${packages.length > 1 ? 'them' : 'it'} with your package manager ` +
      `(Debian: sudo apt-get install ${packages.join(' ')})${packages.includes('redis-server') ? ', or set REDIS_URL to a running Redis' : ''}.`,
  );
  process.exit(packages.includes('redis-server') ? 1 : 0);
}

console.log(`Installing ${packages.join(', ')} from Debian's packages...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync(`apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit', env });
