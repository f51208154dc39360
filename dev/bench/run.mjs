// `npm run bench` runs this after `npm run build`. The bench is TypeScript (it drives dev/fakes and
// the add-on loader), so it is bundled into .cache/ first (dev/bundle-node.mjs), then run with Node from the
// repository root. Arguments are passed through, e.g.
//   node dev/bench/run.mjs --sizes=300,1000 --daily-cases=1000 --no-write
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundleForNode, root } from '../bundle-node.mjs';

if (!existsSync(path.join(root, 'dist', 'Code.js'))) {
  console.error('dist/ is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

const outfile = await bundleForNode('dev/bench/bench.ts', 'bench.cjs');

const child = spawn(
  process.execPath,
  ['--enable-source-maps', '--max-old-space-size=4096', outfile, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
child.on('exit', (code, signal) => {
  if (signal) console.error(`bench stopped by ${signal}`);
  process.exit(code ?? 1);
});
