// Where the system programs the stack and the browser tests use live: Debian's packages, or on
// macOS Homebrew's (Apple silicon /opt/homebrew, Intel /usr/local) and the browsers in /Applications.
// Only Node's own modules: setup-system.mjs runs this before dependencies are installed.
import { existsSync } from 'node:fs';
import path from 'node:path';

const homebrewBins = ['/opt/homebrew/bin', '/usr/local/bin'];

/** A program on PATH, else in Homebrew's bin folders on macOS; undefined when it is nowhere. */
export function findProgram(name) {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  if (process.platform === 'darwin') dirs.push(...homebrewBins);
  const names = process.platform === 'win32' ? [`${name}.exe`, `${name}.cmd`] : [name];
  for (const dir of dirs) {
    for (const file of names) {
      const candidate = path.join(dir, file);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

const macBrowsers = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH when set, Debian's /usr/bin/chromium, a
 * Chromium or Chrome in /Applications on macOS; undefined means Playwright's own download
 * (`npx playwright install chromium`).
 */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const candidates = process.platform === 'darwin' ? macBrowsers : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((file) => existsSync(file));
}
