/**
 * Where the preview finds things. The server runs either from TypeScript (jest, ts-jest) or as a
 * bundle in `.cache/preview/` (npm start), so paths are found from the project root, not __dirname.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'dong-case') return dir;
    if (path.dirname(dir) === dir) throw new Error(`dong-case project root not found above ${start}`);
  }
}

export const ROOT = findProjectRoot(__dirname);
export const DIST_DIR = path.join(ROOT, 'dist');
export const PREVIEW_DIR = path.join(ROOT, 'dev', 'preview');
export const PAGE_DIR = path.join(PREVIEW_DIR, 'page');
export const SHIM_FILE = path.join(PREVIEW_DIR, 'script-run-shim.js');
export const DEFAULT_DATA_DIR = path.join(ROOT, '.preview-data');
