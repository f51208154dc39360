// `npm start` (after `npm run build`): bundles the TypeScript preview server into .cache/preview/
// with esbuild (node packages stay external) and runs it. See dev/preview/server.ts.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = path.join(root, '.cache', 'preview', 'server.cjs');

await esbuild.build({
  entryPoints: [path.join(root, 'dev', 'preview', 'server.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
  outfile,
});

const { main } = createRequire(import.meta.url)(outfile);
try {
  await main();
} catch (error) {
  const hint = error.code === 'EADDRINUSE' ? ' (another preview running? try PORT=8788 npm start)' : '';
  console.error(`preview failed to start: ${error.message}${hint}`);
  process.exit(1);
}
