/**
 * The server API is declared once, by the entry module (src/gas/main.ts and what it re-exports):
 * the sidebar's client is typed from it (src/contract/server.ts), so calling a function the server
 * does not have, or sending it a field it does not take, is a compile error in src/ui. Each case
 * plants a sidebar file, type-checks it with the project's tsconfig, and removes it again.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');

const CASES: Record<string, string> = {};
let errors: Record<string, string> = {};

/** Plants every case as a sidebar file, type-checks them in one program, removes them. */
function compileAll(): Record<string, string> {
  const files = Object.keys(CASES).map((name) =>
    path.join(ROOT, 'src/ui', `zz-api-probe-${process.pid}-${name}.ts`),
  );
  try {
    Object.values(CASES).forEach((code, i) => writeFileSync(files[i]!, code));
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(ROOT, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => undefined,
      },
    );
    if (!config) throw new Error('tsconfig.json not read');
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    return Object.fromEntries(
      Object.keys(CASES).map((name, i) => [
        name,
        ts
          .getPreEmitDiagnostics(program, program.getSourceFile(files[i]!))
          .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
          .join('\n'),
      ]),
    );
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
}

const header = "import { server } from './server';\nimport type { CaseFileView } from './api';\n";

CASES.good =
  header +
  'export async function f(): Promise<string> {\n' +
  "  const file: CaseFileView = await server.getCase({ caseNo: '행복-2026-0001' });\n" +
  "  const saved = await server.recordActivity({ caseNo: file.caseNo, on: '2026-03-02', kind: 'linking', content: '연계' });\n" +
  '  return saved.activityId + file.stage;\n' +
  '}\n';
CASES.renamed = header + "export const p = server.getCaseFile({ caseNo: 'x' });\n";
CASES.trigger = header + 'export const p = server.runDailyReminders({});\n';
CASES.field = header + "export const p = server.getCase({ caseNo: 'x', planId: 'y' });\n";
CASES.result = header + 'export const p = server.saveIntake({} as never).then((r) => r.caseNumber);\n';

describe('the sidebar client is typed from the server entry module', () => {
  jest.setTimeout(180_000);
  beforeAll(() => {
    errors = compileAll();
  });

  it('a call the server has compiles, and its result has the server use case type', () => {
    expect(errors.good).toBe('');
  });

  it('a function the server does not have (renamed, say) is a compile error', () => {
    expect(errors.renamed).toMatch(/Property 'getCaseFile' does not exist/);
  });

  it('menu and trigger functions are not part of the sidebar API', () => {
    expect(errors.trigger).toMatch(/Property 'runDailyReminders' does not exist/);
  });

  it('a field the server does not take, or a result field it does not give, is a compile error', () => {
    expect(errors.field).toMatch(/'planId' does not exist/);
    expect(errors.result).toMatch(/Property 'caseNumber' does not exist/);
  });
});
