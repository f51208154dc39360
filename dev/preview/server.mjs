// `npm start` (after `npm run build`): bundles the TypeScript preview server into .cache/preview/
// (dev/bundle-node.mjs) and runs it. See dev/preview/server.ts.
import { createRequire } from 'node:module';
import { bundleForNode } from '../bundle-node.mjs';

const outfile = await bundleForNode('dev/preview/server.ts', 'preview/server.cjs');
const { main } = createRequire(import.meta.url)(outfile);
try {
  await main();
} catch (error) {
  const hint = error.code === 'EADDRINUSE' ? ' (another preview running? try PORT=8788 npm start)' : '';
  console.error(`preview failed to start: ${error.message}${hint}`);
  process.exit(1);
}
