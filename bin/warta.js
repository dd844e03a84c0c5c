#!/usr/bin/env node
// warta's launcher: run the CLI, keep a closed pipe (`| head -1`) quiet, and on Ctrl-C
// remove temporary output files, say "interrupted" and exit 130.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
let cleanup = () => {};
process.on('SIGINT', () => {
  cleanup();
  process.stderr.write('warta: interrupted\n');
  process.exit(130);
});
// `warta --version` alone needs nothing but package.json (a cold start near `node -e 0`).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
  process.exit(0);
}
const { main, interruptCleanup, nodeIo } = await import('../dist/bundle/main.js');
cleanup = interruptCleanup;
process.exitCode = await main(args, nodeIo());
