/**
 * The layer direction of docs/architecture.md is enforced by `npm run lint` (dev/eslint-layers.mjs):
 * a file that imports against the layers fails npm test. The cases are planted as files in the
 * tree, linted with ESLint's Node API and the project's own eslint.config.mjs, and removed again.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** ESLint's Node API in a child process (it loads eslint.config.mjs as an ES module; jest cannot). */
const LINT = `
import { ESLint } from 'eslint';
const results = await new ESLint({ cwd: process.cwd() }).lintFiles(JSON.parse(process.argv[1]));
process.stdout.write(JSON.stringify(results.map((r) => ({
  file: r.filePath,
  messages: r.messages.map((m) => m.ruleId + ': ' + m.message),
}))));
`;

/** Plants every [layer, code] as a file of that folder, lints them all at once, removes them. */
function lintPlanted(cases: readonly (readonly [string, string])[]): string[][] {
  const files = cases.map(([layer], i) => path.join(ROOT, layer, `zz-layer-probe-${process.pid}-${i}.ts`));
  try {
    cases.forEach(([, code], i) => {
      mkdirSync(path.dirname(files[i]!), { recursive: true });
      writeFileSync(files[i]!, code);
    });
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', LINT, JSON.stringify(files)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const results = JSON.parse(out) as { file: string; messages: string[] }[];
    return files.map((file) => results.find((r) => r.file === file)?.messages ?? ['not linted']);
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
}

const BAD = [
  ['src/domain', "import { getCase } from '../app/queries';\nexport const f = getCase;\n", 'src/app'],
  ['src/domain', "import { CASES } from '../db/tables';\nexport const t = CASES;\n", 'src/db'],
  ['src/db', "import { UnitOfWork } from '../app/unit-of-work';\nexport const u = UnitOfWork;\n", 'src/app'],
  ['src/app', "import { appContext } from '../gas/app-context';\nexport const c = appContext;\n", 'src/gas'],
  ['src/gas', "import { CASES } from '../db/tables';\nexport const t = CASES;\n", 'src/db'],
  ['src/ui', "import { getCase } from '../app/queries';\nexport const f = getCase;\n", 'src/app'],
  ['src/ui', "export { CASES } from '../db/tables';\n", 'src/db'],
  [
    'src/ui/views',
    "import type { AppContext } from '../../app/context';\nexport type C = AppContext;\n",
    'src/app',
  ],
  ['dev/bench', "import * as P from '../../test/support/payloads';\nexport const p = P;\n", 'test'],
] as const;

const GOOD = [
  ['src/db', "import { shortened } from '../domain/validation';\nexport const s = shortened;\n"],
  ['src/app', "import { CASES } from '../db/tables';\nexport const t = CASES;\n"],
  ['src/gas', "import { getCase } from '../app/queries';\nexport const f = getCase;\n"],
  ['src/ui/views', "import { shortened } from '../../domain/validation';\nexport const s = shortened;\n"],
  // src/ui/app.tsx is the sidebar's own app, not src/app: imports are resolved by path, not by name.
  ['src/ui/views', "import { App } from '../app';\nexport const a = App;\n"],
  ['src/ui', "import type { ServerName } from '../contract/server';\nexport type N = ServerName;\n"],
  ['dev/bench', "import * as P from '../payloads';\nexport const p = P;\n"],
] as const;

const UI_VALUE_FROM_CONTRACT = [
  'src/ui',
  "import * as S from '../contract/server';\nexport const s = S;\n",
] as const;

describe('imports follow the layers (eslint refuses the wrong arrows)', () => {
  jest.setTimeout(120_000);
  let bad: string[][];
  let good: string[][];
  let uiValue: string[];
  beforeAll(() => {
    const all = lintPlanted([
      ...BAD.map(([layer, code]) => [layer, code] as const),
      ...GOOD,
      UI_VALUE_FROM_CONTRACT,
    ]);
    bad = all.slice(0, BAD.length);
    good = all.slice(BAD.length, BAD.length + GOOD.length);
    uiValue = all[all.length - 1]!;
  });

  it.each(BAD.map(([layer, code, target], i) => [layer, target, code, i] as const))(
    'a file in %s importing %s is refused',
    (_layer, target, _code, i) => {
      expect(bad[i]).toContainEqual(expect.stringMatching(`layers/direction: .*may not import ${target}`));
    },
  );

  it('src/ui may take the server API from src/contract, but only its types', () => {
    expect(uiValue).toContainEqual(
      expect.stringMatching('layers/direction: src/ui may take only types from src/contract'),
    );
  });

  it('the arrows that point down pass', () => {
    expect(good).toEqual(GOOD.map(() => []));
  });
});
