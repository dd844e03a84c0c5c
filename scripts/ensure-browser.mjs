#!/usr/bin/env node
// Before the tests: the report's browser tests (test/browser/) need Chromium. When none is
// found, install Debian's chromium with apt-get (as root, or with sudo when it asks no
// password), so `npm test` on a fresh Debian machine needs nothing more. When that cannot be
// done, say how, and let the browser tests fail with the same advice.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/usr/bin/chromium-browser'];
if (process.env.CHROMIUM_PATH || BROWSERS.some((p) => existsSync(p))) process.exit(0);

const root = process.getuid?.() === 0;
const run = (args) => {
  const cmd = root ? args[0] : 'sudo';
  const rest = root ? args.slice(1) : ['-n', ...args];
  return spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
};
let hasApt = false;
try {
  execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
  hasApt = true;
} catch {}
console.error('warta: installing Chromium for the report browser tests (apt-get install chromium)');
const installed =
  hasApt &&
  (run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']) ||
    (run(['apt-get', 'update']) && run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'])));
if (!installed)
  console.error(
    'warta: could not install Chromium; the report browser tests will fail until it is there: apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary)',
  );
