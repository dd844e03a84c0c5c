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
const { main, interruptCleanup } = await import('../dist/cli/main.js');
cleanup = interruptCleanup;
const { nodeIo } = await import('../dist/cli/io.js');
process.exitCode = await main(process.argv.slice(2), nodeIo());
