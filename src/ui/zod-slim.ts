/**
 * The few zod builders the shared schemas (src/domain/schemas.ts) call, as a `z` object the
 * sidebar bundle can use instead of zod's full namespace. `import { z } from 'zod'` pulls in every
 * export of zod (JSON-schema conversion, the compiler, iso helpers…: about 200 KB minified), because
 * a namespace object cannot be tree-shaken; named imports can.
 *
 * dev/build.mjs resolves `zod` to this file in the sidebar bundle for every importer but this
 * one. test/unit/ui/zod-slim.test.ts fails when a
 * schema starts calling a builder that is missing here, so the swap cannot break the sidebar silently.
 */
import { array, boolean, enum as enumOf, number, preprocess, strictObject, string } from 'zod';

export const z = { array, boolean, enum: enumOf, number, preprocess, strictObject, string };
