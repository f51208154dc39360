/**
 * The preview server without a browser: the workbook survives a restart (and is not seeded twice),
 * `node dev/preview/server.mjs` (what `npm start` runs) serves the page, and `--empty` starts on an
 * empty spreadsheet.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runOnServer, startPreviewInProcess, startPreviewProcess, temporaryDataDir } from './support/preview';

jest.setTimeout(60_000);

const run = runOnServer;

test('the workbook is saved after every call and restored on the next start', async () => {
  const dataDir = temporaryDataDir();
  try {
    const first = await startPreviewInProcess({ dataDir });
    const listed = await run(first.url, 'listCases', {});
    const seeded = (listed.result as { cases: unknown[] }).cases.length;
    expect(seeded).toBeGreaterThan(0);
    const saved = await run(first.url, 'saveIntake', {
      client: { name: '윤바다', birthDate: '1999-09-09', phone: '010-0000-1098' },
      intakeDate: '2026-03-01',
      discovery: 'phone',
      presentingProblem: '주거비 상담',
      intakeOutcome: 'infoReferral',
    });
    expect(saved.ok).toBe(true);
    await first.stop({ keepData: true });
    expect(existsSync(path.join(dataDir, 'workbook.json'))).toBe(true);

    const second = await startPreviewInProcess({ dataDir });
    expect(second.logs.some((line) => line.startsWith('workbook restored'))).toBe(true);
    expect(second.logs.some((line) => line.startsWith('seed:'))).toBe(false);
    const again = await run(second.url, 'listCases', {});
    const cases = (again.result as { cases: { client?: { name?: string }; clientName?: string }[] }).cases;
    expect(cases.length).toBe(seeded + 1);
    expect(JSON.stringify(cases)).toContain('윤바다');
    await second.stop({ keepData: true });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('node dev/preview/server.mjs (npm start) serves the spreadsheet page', async () => {
  const dataDir = temporaryDataDir();
  const server = await startPreviewProcess(dataDir);
  try {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('확장 프로그램');
    const state = (await (await fetch(`${server.url}/api/state`)).json()) as {
      spreadsheet: { name: string };
    };
    expect(state.spreadsheet.name).toBe('행복동 사례관리');
    expect(existsSync(path.join(dataDir, 'workbook.json'))).toBe(true);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('npm start -- --empty starts on an empty spreadsheet in its own folder and leaves the demo alone', async () => {
  const dataDir = temporaryDataDir();
  const server = await startPreviewProcess(dataDir, ['--empty']);
  try {
    const state = (await (await fetch(`${server.url}/api/state`)).json()) as {
      spreadsheet: { sheets: { name: string }[] };
    };
    // Only the new spreadsheet's own first sheet: no tab of the add-on, no demo cases.
    expect(state.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    const status = await run(server.url, 'getSetupStatus', {});
    expect(status.result).toMatchObject({ ready: false });
    expect(server.output()).toContain(path.join(path.basename(dataDir), 'empty'));
    expect(existsSync(path.join(dataDir, 'workbook.json'))).toBe(false);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
