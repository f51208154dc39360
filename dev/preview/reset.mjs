// `npm run reset`: forget the preview's workbook. The next `npm start` runs setupWorkbook and seeds
// the demo data again. PREVIEW_DATA_DIR picks another folder (default .preview-data/).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.resolve(root, process.env.PREVIEW_DATA_DIR || '.preview-data');
if (root.startsWith(dataDir)) {
  console.error(`refusing to delete ${dataDir}: it holds the project`);
  process.exit(1);
}
await rm(dataDir, { recursive: true, force: true });
console.log(`removed ${path.relative(process.cwd(), dataDir) || dataDir}`);
