// The one esbuild launcher for dev/'s TypeScript programs that run under Node (the preview server,
// the benchmark): bundles one entry into .cache/, node packages left external, with an inline
// source map so stack traces name the .ts lines. The add-on itself is built by dev/build.mjs.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` (relative to the repository root) into `.cache/<output>`; returns that file. */
export async function bundleForNode(entry, output) {
  const outfile = path.join(root, '.cache', output);
  await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
    outfile,
  });
  return outfile;
}
