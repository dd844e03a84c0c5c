#!/usr/bin/env node
// Bundle the CLI (after tsc) into dist/bundle/: one file for the command line and shared
// chunks for what each command imports lazily, so a cold start resolves a handful of
// files instead of ~70 modules. The worker threads' entries sit beside the chunks, where
// ingest.ts and manifest.ts look for them. natural and cli-progress stay in node_modules (required lazily).
import { build } from 'esbuild';

await build({
  entryPoints: {
    main: 'dist/cli/main.js',
    'ingest-worker': 'dist/pipeline/ingest-worker.js',
    'stat-worker': 'dist/snapshot/stat-worker.js',
    'detect-worker': 'dist/entities/detect-worker.js',
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  chunkNames: 'chunk-[hash]',
  // CommonJS dependencies (commander, fast-glob) call require(); give them one.
  banner: { js: "import { createRequire as __wartaRequire } from 'node:module'; const require = __wartaRequire(import.meta.url);" },
  logLevel: 'warning',
});
