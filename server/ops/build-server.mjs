// Compiles the server for `npm start` (issue 14): one ES module per entry in dist-server/, the
// packages left as imports. Running plain JavaScript instead of TypeScript through tsx saves the
// loader's memory and its per-function wrappers; `npm run dev` keeps tsx for editing.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';

// --outdir: a test builds elsewhere inside the project, so a running `npm start` keeps its files.
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist-server' } } });
const outdir = values.outdir;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'server/main.ts', 'whatif-worker': 'server/sim/whatif-worker.ts' },
  outdir, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external',
  sourcemap: true, logLevel: 'warning',
  // A bundled module that needs require (a dependency written as CommonJS) finds it here.
  banner: { js: "import { createRequire as __hallRequire } from 'node:module'; const require = __hallRequire(import.meta.url);" },
});
