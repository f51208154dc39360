/**
 * `npm run bench`: what every contract function costs in Apps Script service calls, cells moved
 * and modeled time (docs/cost-model.md) for 100, 1 000 and 10 000 generated cases; the same work
 * done the naive way for comparison; the daily reminders over 10 000 open cases and 100 000
 * checks against the 6-minute limit; bundle sizes. Prints tables and writes bench/results/.
 *
 * Runs the built dist/ in the fakes (dev/fakes), like the integration tests. dev/bench/run.mjs
 * bundles this file into .cache/ and runs it with the repository as the working directory.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadAddon, type LoadedAddon } from '../addon-loader';
import { fillWorkbook } from '../bulk-data';
import { createGasEnvironment } from '../fakes';
import type { FakeGasEnvironment } from '../fakes/environment-api';
import * as P from '../../test/support/payloads';
import { COST_MODEL } from './cost-model';
import { measure, type Measurement } from './measure';
import * as naive from './naive';
import { fmt, markdownTable, textTable, type Row } from './report';

const ROOT = process.cwd();
const DIST = path.join(ROOT, 'dist');
const RESULTS = path.join(ROOT, 'bench', 'results');
const TODAY = '2026-03-02';
const NOW = `${TODAY}T10:00:00+09:00`;
const MANAGER = 'kim.sw@dong.example';
/** The case managers dev/bulk-data.ts assigns cases to. */
const BULK_MANAGERS = ['kim.sw@dong.example', 'lee.sw@dong.example', 'park.sw@dong.example'];

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

const SIZES = option('sizes', '100,1000,10000').split(',').map(Number);
const REMINDER_CASES = Number(option('reminder-cases', '10000'));
const REMINDER_CHECKS_PER_CASE = Number(option('reminder-checks-per-case', '10'));
/** Resources in the directory per case: a 동 keeps far fewer resources than it has cases. */
const RESOURCES_PER_CASE = Number(option('resources-per-case', '0.1'));
const WRITE_RESULTS = !process.argv.includes('--no-write');

/** The contract functions of CONTRACT.md, in its order. */
const CONTRACT_FUNCTIONS = [
  'saveIntake',
  'saveAssessment',
  'savePlan',
  'recordCheck',
  'closeCase',
  'getCase',
  'listCases',
  'generatePlanDocument',
  'saveResource',
  'publishResources',
] as const;
type ContractFunction = (typeof CONTRACT_FUNCTIONS)[number];

interface World {
  env: FakeGasEnvironment;
  addon: LoadedAddon;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  caseNos: string[];
}

function manifest(): { oauthScopes: string[]; timeZone: string } {
  return JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
}

function startWorld(size: number, checksPerCase = 2): World {
  const env = createGasEnvironment({
    manifest: manifest(),
    user: MANAGER,
    now: NOW,
    readProjectFile: (name) => {
      const file = path.join(DIST, name);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
  });
  const addon = loadAddon(env, DIST);
  addon.call('setupWorkbook');
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const caseNos = fillWorkbook(ss, size, { today: TODAY, checksPerCase });
  return { env, addon, ss, caseNos };
}

/** The generated cases are all in intervention with one plan; each function gets a case of its own. */
function payloadFor(name: ContractFunction, world: World): unknown {
  const mid = Math.floor(world.caseNos.length / 2);
  const caseNo = (k: number) => world.caseNos[(mid + k) % world.caseNos.length] as string;
  switch (name) {
    case 'saveIntake':
      return P.intake();
    case 'saveAssessment':
      return P.assessment(caseNo(1), { kind: 're' });
    case 'savePlan':
      return P.plan(caseNo(2));
    case 'recordCheck':
      return P.check(caseNo(3), { itemOutcomes: [{ itemId: `${caseNo(3)}-P1-1`, outcome: 'extended' }] });
    case 'closeCase':
      return P.closing(caseNo(4));
    case 'getCase':
      return { caseNo: caseNo(5) };
    case 'listCases':
      return { query: '김' };
    case 'generatePlanDocument':
      return { caseNo: caseNo(6) };
    case 'saveResource':
      return { name: '행복 반찬나눔', kind: 'material', shareable: true };
    case 'publishResources':
      return undefined;
  }
}

/**
 * The resource directory for publishResources (RESOURCES_PER_CASE per case): one is saved through
 * saveResource, then its row is copied (new id and name) with one batched write, the way bulk-data
 * fills the case tables.
 */
function seedResources(world: World, count: number): void {
  const saved = world.addon.call<{ resourceId?: string }>('saveResource', {
    name: '자원 0',
    kind: 'human',
    shareable: true,
  });
  const id = String(saved.resourceId ?? '');
  if (!id || count <= 1) return;
  // The row that holds the new id, wherever the resources tab is and however it is laid out.
  for (const sheet of world.ss.getSheets()) {
    if (sheet.getName() === '변경이력') continue;
    const values = sheet.getDataRange().getValues();
    const index = values.findIndex((row) => row.includes(id));
    if (index < 0) continue;
    const width = values[0]!.length;
    const template = values[index]!;
    const formats = sheet.getRange(index + 1, 1, 1, width).getNumberFormats()[0]!;
    const rows = Array.from({ length: count - 1 }, (_, k) =>
      template.map((cell) => {
        if (cell === id) return `${id}-${k + 1}`;
        if (cell === '자원 0') return `자원 ${k + 1}`;
        return cell;
      }),
    );
    const first = index + 2;
    const needed = first + rows.length - 1;
    if (sheet.getMaxRows() < needed) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
    const block = sheet.getRange(first, 1, rows.length, width);
    block.setNumberFormats(rows.map(() => formats));
    block.setValues(rows);
    return;
  }
}

interface FunctionResult {
  function: string;
  size: number;
  built: boolean;
  error?: string;
  measurement?: Measurement;
}

interface NaiveResult {
  operation: string;
  kind: 'read' | 'save';
  size: number;
  real: Measurement;
  naive: Measurement;
}

function measureFunctions(size: number): { functions: FunctionResult[]; naive: NaiveResult[] } {
  const world = startWorld(size);
  const functions: FunctionResult[] = [];
  const real: Record<string, Measurement> = {};
  if (world.addon.fn('saveResource') && world.addon.fn('publishResources'))
    seedResources(world, Math.max(1, Math.round(size * RESOURCES_PER_CASE)));
  for (const name of CONTRACT_FUNCTIONS) {
    if (!world.addon.fn(name)) {
      functions.push({ function: name, size, built: false });
      continue;
    }
    const payload = payloadFor(name, world);
    const { error, measurement } = measure(world.env, () => world.addon.call(name, payload));
    real[name] = measurement;
    functions.push({ function: name, size, built: true, measurement, error: error?.message });
  }

  const mid = Math.floor(world.caseNos.length / 2);
  const user = MANAGER;
  const at = `${TODAY} 10:00:00`;
  const comparisons: [string, 'read' | 'save', ContractFunction, () => unknown][] = [
    ['listCases { query }', 'read', 'listCases', () => naive.naiveListCases(world.ss, '김')],
    ['getCase', 'read', 'getCase', () => naive.naiveGetCase(world.ss, world.caseNos[mid + 5] as string)],
    [
      'saveIntake',
      'save',
      'saveIntake',
      () =>
        naive.naiveSaveIntake(
          world.ss,
          { name: '김하늘', birthDate: '1948-05-17', intakeDate: TODAY, presentingProblem: '난방비 체납' },
          user,
          at,
        ),
    ],
    [
      'recordCheck',
      'save',
      'recordCheck',
      () =>
        naive.naiveRecordCheck(
          world.ss,
          { caseNo: world.caseNos[mid + 7] as string, checkedOn: '2026-04-20', note: '안부 확인' },
          user,
          at,
        ),
    ],
  ];
  const naiveResults: NaiveResult[] = [];
  for (const [operation, kind, fn, run] of comparisons) {
    const realMeasurement = real[fn];
    if (!realMeasurement) continue;
    const { error, measurement } = measure(world.env, run);
    if (error) throw error;
    naiveResults.push({ operation, kind, size, real: realMeasurement, naive: measurement });
  }
  return { functions, naive: naiveResults };
}

interface ReminderResult {
  built: boolean;
  openCases: number;
  checks: number;
  seedMs?: number;
  first?: Measurement & { mails: number; status?: string; error?: string };
  second?: Measurement & { mails: number; status?: string; error?: string };
  breakEvenCpuFactor?: number;
}

/** Runs `fn` the way the hourly time-driven trigger does: a new execution, no UI, no active sheet. */
function asTrigger<T>(env: FakeGasEnvironment, fn: () => T): T {
  env.newExecution();
  env.setExecutionContext('trigger');
  try {
    return fn();
  } finally {
    env.setExecutionContext('ui');
  }
}

const SUPERVISOR = 'choi.lead@dong.example';

/** Types a value into the 값 column of 설정, as a person would (a missing setting is skipped). */
function setSetting(world: World, name: string, value: string): void {
  const sheet = world.ss.getSheetByName('설정');
  if (!sheet) return;
  const names = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  const row = names.indexOf(name) + 1;
  if (row > 0) sheet.getRange(row, 2).setNumberFormat('@').setValue(value);
}

/** A working day (2026-03-02 is the substitute holiday for 삼일절), after the default reminder hour. */
const REMINDER_DAY = '2026-03-04T10:00:00+09:00';

function measureReminders(): ReminderResult {
  const started = performance.now();
  const world = startWorld(REMINDER_CASES, REMINDER_CHECKS_PER_CASE);
  const seedMs = performance.now() - started;
  const result: ReminderResult = {
    built: Boolean(world.addon.fn('runDailyReminders')),
    openCases: world.caseNos.length,
    checks: world.caseNos.length * REMINDER_CHECKS_PER_CASE,
    seedMs,
  };
  if (!result.built) return result;
  // Mail goes only to people the spreadsheet is shared with; the manager who turns the reminders
  // on owns the trigger.
  for (const manager of BULK_MANAGERS) if (manager !== MANAGER) world.ss.addEditor(manager);
  if (world.addon.fn('enableDailyReminders')) world.addon.call('enableDailyReminders');
  setSetting(world, '슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
  world.env.clock.set(REMINDER_DAY);
  const run = () => {
    const before = world.env.mails().length;
    const {
      result: outcome,
      error,
      measurement,
    } = measure(world.env, () =>
      asTrigger(world.env, () => world.addon.call<{ status?: string }>('runDailyReminders')),
    );
    return {
      ...measurement,
      mails: world.env.mails().length - before,
      status: outcome?.status,
      error: error?.message,
    };
  };
  result.first = run();
  world.env.clock.advance(60 * 60 * 1000); // the hourly trigger fires again the same day
  result.second = run();
  const limit = COST_MODEL.executionLimitMs.value;
  result.breakEvenCpuFactor =
    (limit - result.first.modeled.serviceMs) / Math.max(result.first.computeMs, 1e-9);
  return result;
}

function bundleSizes(): { file: string; bytes: number; gzipBytes: number }[] {
  return readdirSync(DIST)
    .sort()
    .map((file) => {
      const content = readFileSync(path.join(DIST, file));
      return {
        file: `dist/${file}`,
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    });
}

function warmUp(): void {
  // One small pass so the first measured size does not pay for V8 compiling the bundle.
  const world = startWorld(20);
  for (const name of CONTRACT_FUNCTIONS) {
    if (!world.addon.fn(name) || name === 'publishResources' || name === 'generatePlanDocument') continue;
    try {
      world.addon.call(name, payloadFor(name, world));
    } catch {
      // only warming up
    }
  }
}

function main(): void {
  const started = performance.now();
  console.log(
    `동 사례관리 benchmark: dist/ in the fakes, sizes ${SIZES.map(fmt.n).join(' / ')} cases, ` +
      `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}\n`,
  );
  warmUp();
  const functions: FunctionResult[] = [];
  const naiveResults: NaiveResult[] = [];
  for (const size of SIZES) {
    const t = performance.now();
    const result = measureFunctions(size);
    functions.push(...result.functions);
    naiveResults.push(...result.naive);
    console.log(`  measured ${fmt.n(size)} cases in ${fmt.s(performance.now() - t)} s`);
  }
  const t = performance.now();
  const reminders = measureReminders();
  console.log(`  measured the daily reminders in ${fmt.s(performance.now() - t)} s`);
  const bundle = bundleSizes();
  const totalMs = performance.now() - started;

  const output = render(functions, naiveResults, reminders, bundle, totalMs);
  console.log(`\n${output.text}`);
  if (WRITE_RESULTS) {
    mkdirSync(RESULTS, { recursive: true });
    const json = {
      generatedAt: new Date().toISOString(),
      machine: {
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? '',
      },
      sizes: SIZES,
      resourcesPerCase: RESOURCES_PER_CASE,
      benchSeconds: Math.round(totalMs / 100) / 10,
      costModel: COST_MODEL,
      functions,
      naive: naiveResults,
      reminders,
      bundle,
    };
    writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(path.join(RESULTS, 'summary.md'), output.markdown);
    console.log(`\nwrote bench/results/latest.json and bench/results/summary.md`);
  }
  console.log(`bench finished in ${fmt.s(totalMs)} s`);
}

function render(
  functions: FunctionResult[],
  naiveResults: NaiveResult[],
  reminders: ReminderResult,
  bundle: { file: string; bytes: number; gzipBytes: number }[],
  totalMs: number,
): { text: string; markdown: string } {
  const fnHeader = [
    'function',
    'cases',
    'Sheets calls',
    'Docs/Drive calls',
    'other calls',
    'cells read',
    'cells written',
    'commits',
    'Node ms',
    'modeled Apps Script s',
  ];
  const fnRows: Row[] = [];
  const notBuilt: string[] = [];
  for (const name of CONTRACT_FUNCTIONS) {
    const results = functions.filter((f) => f.function === name);
    if (results.every((r) => !r.built)) {
      notBuilt.push(name);
      fnRows.push([name, '', 'not built yet', '', '', '', '', '', '', '']);
      continue;
    }
    for (const r of results) {
      const m = r.measurement;
      if (!m) continue;
      fnRows.push([
        r.error ? `${name} (refused)` : name,
        fmt.n(r.size),
        fmt.n(m.spreadsheetCalls),
        fmt.n(m.documentCalls),
        fmt.n(m.otherCalls),
        fmt.n(m.cellsRead),
        fmt.n(m.cellsWritten),
        fmt.n(m.commits),
        fmt.ms(m.computeMs),
        fmt.s(m.modeled.totalMs),
      ]);
    }
  }

  const naiveHeader = [
    'operation',
    'cases',
    'calls: add-on',
    'naive',
    'ratio',
    'modeled s: add-on',
    'naive',
    'ratio',
  ];
  const naiveRows: Row[] = naiveResults.map((r) => {
    const realCalls = r.real.spreadsheetCalls;
    const naiveCalls = r.naive.spreadsheetCalls;
    return [
      `${r.operation} (${r.kind})`,
      fmt.n(r.size),
      fmt.n(realCalls),
      fmt.n(naiveCalls),
      fmt.ratio(naiveCalls / realCalls),
      fmt.s(r.real.modeled.totalMs),
      fmt.s(r.naive.modeled.totalMs),
      fmt.ratio(r.naive.modeled.totalMs / r.real.modeled.totalMs),
    ];
  });

  const remindersSection = (table: (h: string[], r: Row[]) => string): string => {
    if (!reminders.built) {
      return (
        `runDailyReminders: not built yet (${fmt.n(reminders.openCases)} open cases and ` +
        `${fmt.n(reminders.checks)} checks were generated in ${fmt.s(reminders.seedMs ?? 0)} s)`
      );
    }
    const limit = COST_MODEL.executionLimitMs.value;
    const rows: Row[] = [];
    for (const [label, m] of [
      ['first run of the day', reminders.first],
      ['second run, same day', reminders.second],
    ] as const) {
      if (!m) continue;
      rows.push([
        m.error ? `${label} (failed: ${m.error.slice(0, 60)})` : `${label} (${m.status ?? '?'})`,
        fmt.n(m.mails),
        fmt.n(m.spreadsheetCalls),
        fmt.n(m.otherCalls + m.documentCalls),
        fmt.n(m.cellsRead + m.cellsWritten),
        fmt.s(m.computeMs),
        fmt.s(m.modeled.serviceMs),
        fmt.s(m.modeled.totalMs),
        percent(m.modeled.totalMs / limit),
      ]);
    }
    return [
      `runDailyReminders over ${fmt.n(reminders.openCases)} open cases and ${fmt.n(reminders.checks)} checks:`,
      '',
      table(
        [
          'run',
          'digests sent',
          'Sheets calls',
          'other calls',
          'cells moved',
          'Node s',
          'modeled services s',
          'modeled total s',
          'of 6 min',
        ],
        rows,
      ),
      '',
      `Modeled total = modeled service time + Node time. The run stays under 6 minutes unless Apps Script ` +
        `computes more than ${fmt.n(reminders.breakEvenCpuFactor ?? 0)}× slower than Node on this machine.`,
    ].join('\n');
  };

  const bundleRows: Row[] = bundle.map((b) => [b.file, fmt.kb(b.bytes), fmt.kb(b.gzipBytes)]);
  const sections = (table: (h: string[], r: Row[]) => string, heading: (t: string) => string) =>
    [
      heading('Contract functions: service calls, cells moved and modeled Apps Script time'),
      table(fnHeader, fnRows),
      notBuilt.length > 0 ? `not built yet: ${notBuilt.join(', ')}` : '',
      heading('The same operations done the naive way (getValue per cell, appendRow/setValue per row/cell)'),
      table(naiveHeader, naiveRows),
      heading('Daily reminders'),
      remindersSection(table),
      heading('Bundle sizes'),
      table(['file', 'raw', 'gzip'], bundleRows),
      heading('Sidebar time to first render'),
      sidebarRenderSection(),
    ]
      .filter((section) => section !== '')
      .join('\n\n');
  const text = sections(textTable, (t) => `== ${t} ==`);
  const markdown = [
    '# Benchmark summary',
    '',
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ` +
      `${os.cpus().length} CPUs), in ${fmt.s(totalMs)} s. Modeled times follow docs/cost-model.md; ` +
      'the raw numbers are in latest.json.',
    '',
    sections(markdownTable, (t) => `## ${t}`),
    '',
  ].join('\n');
  return { text, markdown };
}

/**
 * Measured in Chromium by test/e2e/accessibility.test.ts (the bench runs no browser); shown here
 * so every figure is in one place.
 */
function sidebarRenderSection(): string {
  const file = path.join(RESULTS, 'sidebar-render.json');
  if (!existsSync(file))
    return 'not measured yet: run `npm run test:e2e` (writes bench/results/sidebar-render.json)';
  const { firstRenderMs, measuredAt } = JSON.parse(readFileSync(file, 'utf8')) as {
    firstRenderMs: number;
    measuredAt: string;
  };
  return `${Math.round(firstRenderMs)} ms from the sidebar page's load to the first case row drawn (measured ${measuredAt.slice(0, 10)} by \`npm run test:e2e\`)`;
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(fraction < 0.1 ? 2 : 1)} %`;
}

main();
