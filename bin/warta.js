#!/usr/bin/env node
// warta's launcher: run the CLI, keep a closed pipe (`| head -1`) quiet, map Ctrl-C to 130.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
process.on('SIGINT', () => {
  process.stderr.write('warta: interrupted\n');
  process.exit(130);
});
const { main } = await import('../dist/cli/main.js');
const { nodeIo } = await import('../dist/cli/io.js');
process.exitCode = await main(process.argv.slice(2), nodeIo());
