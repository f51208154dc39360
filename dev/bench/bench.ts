/**
 * `npm run bench`: what each operation of the sidebar costs on a realistic 동 (dev/bulk-data.ts) at
 * 1 000, 3 000 (the realistic one) and 10 000 cases, for the add-on and for the honest naive
 * baseline (dev/bench/naive.ts) side by side: service calls, cells read / searched / written and
 * modeled Apps Script time (dev/bench/cost-model.ts, docs/cost-model.md). Also the daily run over
 * 10 000 open cases and 100 000 checks, and 시트 준비 (setupWorkbook, then the welcome card's
 * default document templates). Each goal of issue 11 is printed with
 * met / not met: the bench reports, it does not fail. Node time is shown apart, never added.
 *
 * Runs the built dist/ in the fakes (dev/fakes), like the integration tests. dev/bench/run.mjs
 * bundles this file into .cache/ and runs it with the repository as the working directory.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { loadAddon, type LoadedAddon } from '../addon-loader';
import { BULK_MANAGERS, fillWorkbook, REALISTIC_CASES, type BulkOptions } from '../bulk-data';
import { createGasEnvironment } from '../fakes';
import type { FakeGasEnvironment } from '../fakes/environment-api';
import * as P from '../payloads';
import { monthsTo } from '../../src/domain/advocacy';
import { COST_MODEL } from './cost-model';
import { measure, type Measurement } from './measure';
import * as naive from './naive';
import { fmt, markdownTable, textTable, type Row } from './report';

const ROOT = process.cwd();
const DIST = path.join(ROOT, 'dist');
const RESULTS = path.join(ROOT, 'bench', 'results');
// After every date the shared test payloads use: the server refuses records dated after today.
const TODAY = '2027-06-01';
const NOW = `${TODAY}T10:00:00+09:00`;
const MANAGER = BULK_MANAGERS[0] as string;
const SUPERVISOR = 'choi.lead@dong.example';

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

const SIZES = option('sizes', `1000,${REALISTIC_CASES},10000`).split(',').map(Number);
const DAILY_CASES = Number(option('daily-cases', '10000'));
const DAILY_CHECKS_PER_CASE = Number(option('daily-checks-per-case', '10'));
const WRITE_RESULTS = !process.argv.includes('--no-write');

type Kind = 'save' | 'read' | 'document';

interface Operation {
  name: keyof typeof naive.NAIVE_OPERATIONS;
  /** How the row is named when one operation is measured in two situations. */
  label?: string;
  /** Happens once per centre and form, so it is shown but held to no goal. */
  once?: boolean;
  /**
   * The supervisor's periodic report, not an officer's action on a case: shown, and counted as a
   * document action, but not held to issue 11's document goal (which names the plan document and
   * the publication).
   */
  report?: boolean;
  kind: Kind;
  /** Which open case it works on (each save gets its own), or none. */
  target?: number;
  payload(caseNo: string): unknown;
}

const FIRST_DOCUMENT = 'generatePlanDocument, first of the centre';

/** The operations of issue 11, in the order a case goes through them. */
const OPERATIONS: Operation[] = [
  { name: 'saveIntake', kind: 'save', payload: () => P.intake() },
  { name: 'saveAssessment', kind: 'save', target: 1, payload: (c) => P.assessment(c, { kind: 're' }) },
  { name: 'savePlan', kind: 'save', target: 2, payload: (c) => P.plan(c) },
  {
    name: 'recordCheck',
    kind: 'save',
    target: 3,
    payload: (c) => P.check(c, { itemOutcomes: [{ itemId: `${c}-P1-1`, outcome: 'extended' }] }),
  },
  { name: 'closeCase', kind: 'save', target: 4, payload: (c) => P.closing(c) },
  { name: 'getCase', kind: 'read', target: 5, payload: (c) => ({ caseNo: c }) },
  // 내 사례 and 오늘 할 일 as the sidebar asks for them (src/ui/views/home.tsx, src/ui/today.ts).
  { name: 'listCases', kind: 'read', payload: () => ({ caseManager: MANAGER }) },
  { name: 'getTodayList', kind: 'read', payload: () => ({ caseManager: MANAGER }) },
  // The centre's first plan document copies the template 시트 준비 drew, as every later one does;
  // only it makes the case folder and reads the template for the facts the next ones reuse.
  {
    name: 'generatePlanDocument',
    label: FIRST_DOCUMENT,
    kind: 'document',
    target: 6,
    payload: (c) => ({ caseNo: c }),
  },
  { name: 'generatePlanDocument', kind: 'document', target: 7, payload: (c) => ({ caseNo: c }) },
  // The supervisor's quarterly 빈틈 보고서 for the 통합사례회의: the last quarter, ending on the
  // bench's today (the server refuses a period that ends after it). The naive one takes the same
  // quarter from its actor's today.
  { name: 'generateGapReport', kind: 'document', report: true, payload: () => monthsTo(TODAY, 3) },
  // The first publication makes the partner spreadsheet; every later one rewrites it.
  {
    name: 'publishResources',
    label: 'publishResources, first of the centre',
    once: true,
    kind: 'document',
    payload: () => undefined,
  },
  { name: 'publishResources', kind: 'document', payload: () => undefined },
];
const rowName = (op: Operation) => op.label ?? op.name;
const DOCUMENT_FORMS = ['plan', 'intake', 'assessment', 'closure', 'summary'];

/** Case-level actions: their cost must follow the case, not the database. */
const CASE_LEVEL = new Set([
  'saveIntake',
  'saveAssessment',
  'savePlan',
  'recordCheck',
  'closeCase',
  'getCase',
]);

interface World {
  env: FakeGasEnvironment;
  addon: LoadedAddon;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  open: string[];
  setup: Measurement;
  /** The welcome card's last step: prepareDocumentTemplate for every form (absent in older builds). */
  templates?: Measurement;
}

function manifest(): { oauthScopes: string[]; timeZone: string } {
  return JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
}

function startWorld(size: number, shape: Partial<BulkOptions> = {}): World {
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
  const setup = measure(env, () => addon.call('setupWorkbook'));
  if (setup.error) throw setup.error;
  const templates = addon.fn('prepareDocumentTemplate')
    ? measure(env, () =>
        DOCUMENT_FORMS.forEach((form) => {
          env.newExecution();
          addon.call('prepareDocumentTemplate', { form });
        }),
      )
    : undefined;
  if (templates?.error) throw templates.error;
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const open = fillWorkbook(ss, size, { today: TODAY, ...shape });
  naive.useServices(env.globals as unknown as naive.Services);
  return { env, addon, ss, open, setup: setup.measurement, templates: templates?.measurement };
}

interface Result {
  operation: string;
  kind: Kind;
  size: number;
  addon?: Measurement;
  addonError?: string;
  naive: Measurement;
}

/** One new execution per call, as each sidebar call is. */
function measured(world: World, run: () => unknown): { measurement: Measurement; error?: string } {
  world.env.newExecution();
  const { measurement, error } = measure(world.env, run);
  return { measurement, error: error?.message };
}

function measureSize(size: number): { results: Result[]; setup: Pick<World, 'setup' | 'templates'> } {
  const world = startWorld(size);
  const mid = Math.floor(world.open.length / 2);
  const actor: naive.Actor = { user: MANAGER, at: `${TODAY} 10:00:00`, today: TODAY };
  const target = (op: Operation) => world.open[(mid + (op.target ?? 0)) % world.open.length] as string;
  // Every add-on operation first, then the naive ones: the naive writes keep none of the add-on's
  // stored due schedules, and 오늘 할 일 would then (rightly) fall back to reading every table.
  const addon = OPERATIONS.map((op) =>
    world.addon.fn(op.name)
      ? measured(world, () => world.addon.call(op.name, op.payload(target(op))))
      : undefined,
  );
  const results: Result[] = OPERATIONS.map((op, i) => {
    const baseline = measured(world, () => naive.NAIVE_OPERATIONS[op.name](actor, target(op)));
    if (baseline.error) throw new Error(`naive ${op.name}: ${baseline.error}`);
    return {
      operation: rowName(op),
      kind: op.kind,
      size,
      addon: addon[i]?.measurement,
      addonError: addon[i]?.error,
      naive: baseline.measurement,
    };
  });
  return { results, setup: { setup: world.setup, templates: world.templates } };
}

interface DailyRun {
  openCases: number;
  checks: number;
  first?: Measurement & { mails: number; status?: string; error?: string };
  second?: Measurement & { mails: number; status?: string; error?: string };
}

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

/** The hourly time-driven trigger over a 동 where every case is open. */
function measureDailyRun(): DailyRun {
  const world = startWorld(DAILY_CASES, { closedShare: 0, checksPerCase: DAILY_CHECKS_PER_CASE });
  const result: DailyRun = {
    openCases: world.open.length,
    checks: world.open.length * DAILY_CHECKS_PER_CASE,
  };
  if (!world.addon.fn('runDailyReminders')) return result;
  // Mail goes only to people the spreadsheet is shared with; the manager who turns it on owns the trigger.
  for (const manager of BULK_MANAGERS) if (manager !== MANAGER) world.ss.addEditor(manager);
  if (world.addon.fn('enableDailyReminders')) world.addon.call('enableDailyReminders');
  setSetting(world, '슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
  world.env.clock.set(REMINDER_DAY);
  const run = () => {
    const before = world.env.mails().length;
    world.env.newExecution();
    world.env.setExecutionContext('trigger');
    const outcome = measure(world.env, () => world.addon.call<{ status?: string }>('runDailyReminders'));
    world.env.setExecutionContext('ui');
    return {
      ...outcome.measurement,
      mails: world.env.mails().length - before,
      status: outcome.result?.status,
      error: outcome.error?.message,
    };
  };
  result.first = run();
  world.env.clock.advance(60 * 60 * 1000); // the trigger fires again an hour later
  result.second = run();
  return result;
}

interface Goal {
  goal: string;
  detail: string;
  met: boolean;
}

const SIDEBAR_LIMIT_S = 1.0;
const DOCUMENT_LIMIT_S = 3.0;
const GROWTH_LIMIT = 1.5;
const DAILY_LIMIT_S = 60;

function find(results: Result[], operation: string, size: number): Result | undefined {
  return results.find((r) => r.operation === operation && r.size === size);
}

/** The goal lines of issue 11, checked on the add-on's figures. */
function goals(results: Result[], daily: DailyRun): Goal[] {
  const list: Goal[] = [];
  const realistic = SIZES.includes(REALISTIC_CASES) ? REALISTIC_CASES : (SIZES.at(-1) as number);
  const at = (limit: number, names: string[], label: string) => {
    const over = names
      .map((name) => find(results, name, realistic))
      .filter((r): r is Result => Boolean(r))
      .map((r) => ({ name: r.operation, s: r.addon ? r.addon.serviceMs / 1000 : Infinity }));
    const worst = over.reduce((a, b) => (b.s > a.s ? b : a), { name: '', s: 0 });
    list.push({
      goal: `${label} ≤ ${limit} s modeled at ${fmt.n(realistic)} cases`,
      detail: `slowest: ${worst.name} ${fmt.s(worst.s * 1000)} s`,
      met: over.every((o) => o.s <= limit),
    });
  };
  at(SIDEBAR_LIMIT_S, OPERATIONS.filter((o) => o.kind !== 'document').map(rowName), 'every sidebar action');
  const documents = OPERATIONS.filter((o) => o.kind === 'document' && !o.once && !o.report);
  at(DOCUMENT_LIMIT_S, documents.map(rowName), [...new Set(documents.map((o) => o.name))].join(' and '));
  const small = Math.min(...SIZES);
  const large = Math.max(...SIZES);
  if (large > small) {
    const ratios = [...CASE_LEVEL].map((name) => ({
      name,
      ratio: growth(results, name, small, large, 'addon'),
    }));
    const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a), { name: '', ratio: 0 });
    list.push({
      goal: `case-level actions at ${fmt.n(large)} cases ≤ ${GROWTH_LIMIT} × at ${fmt.n(small)}`,
      detail: `worst: ${worst.name} ${fmt.ratio(worst.ratio)}`,
      met: ratios.every((r) => r.ratio <= GROWTH_LIMIT),
    });
  }
  const first = daily.first;
  list.push({
    goal: `daily run over ${fmt.n(daily.openCases)} open cases and ${fmt.n(daily.checks)} checks ≤ ${DAILY_LIMIT_S} s modeled`,
    detail: first
      ? `${fmt.s(first.serviceMs)} s${first.error ? ` (failed: ${first.error})` : ''}`
      : 'not built',
    met: Boolean(first && !first.error && first.serviceMs <= DAILY_LIMIT_S * 1000),
  });
  return list;
}

function bundleRows(): Row[] {
  return readdirSync(DIST)
    .sort()
    .map((file) => {
      const content = readFileSync(path.join(DIST, file));
      return [`dist/${file}`, fmt.kb(content.length), fmt.kb(gzipSync(content, { level: 9 }).length)];
    });
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

function growth(
  results: Result[],
  name: string,
  small: number,
  large: number,
  who: 'addon' | 'naive',
): number {
  const a = find(results, name, small)?.[who];
  const b = find(results, name, large)?.[who];
  return a && b ? b.serviceMs / a.serviceMs : NaN;
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(
    `동 사례관리 benchmark: dist/ in the fakes, ${SIZES.map(fmt.n).join(' / ')} cases, ` +
      `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}\n`,
  );
  const results: Result[] = [];
  let setup: Pick<World, 'setup' | 'templates'> | undefined;
  for (const size of SIZES) {
    const t = performance.now();
    const measuredSize = measureSize(size);
    results.push(...measuredSize.results);
    setup ??= measuredSize.setup;
    console.log(`  measured ${fmt.n(size)} cases in ${fmt.s(performance.now() - t)} s`);
  }
  const t = performance.now();
  const daily = measureDailyRun();
  console.log(`  measured the daily run in ${fmt.s(performance.now() - t)} s`);
  const goalList = goals(results, daily);
  const totalMs = performance.now() - started;

  const output = render(results, daily, setup as Pick<World, 'setup' | 'templates'>, goalList, totalMs);
  console.log(`\n${output.text}`);
  if (!WRITE_RESULTS) return console.log(`\nbench finished in ${fmt.s(totalMs)} s`);
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
    benchSeconds: Math.round(totalMs / 100) / 10,
    costModel: COST_MODEL,
    goals: goalList,
    results,
    daily,
    setupWorkbook: setup?.setup,
    documentTemplates: setup?.templates,
  };
  writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(path.join(RESULTS, 'summary.md'), output.markdown);
  await replaceBlock('docs/quality.md', 'cost', output.quality);
  await replaceBlock('README.md', 'cost', output.readme);
  console.log('\nwrote bench/results/latest.json and summary.md; regenerated docs/quality.md and README.md');
  console.log(`bench finished in ${fmt.s(totalMs)} s`);
}

/**
 * Replaces the text between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in a tracked file,
 * formatted as `npx prettier --check .` expects.
 */
async function replaceBlock(file: string, name: string, content: string): Promise<void> {
  const full = path.join(ROOT, file);
  const text = readFileSync(full, 'utf8');
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    console.warn(`  ${file}: no ${start} … ${end} block, left unchanged`);
    return;
  }
  const replaced = `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`;
  const config = (await prettier.resolveConfig(full)) ?? {};
  writeFileSync(full, await prettier.format(replaced, { ...config, filepath: full }));
}

const s = (m: Measurement | undefined) => (m ? fmt.s(m.serviceMs) : '—');
const calls = (m: Measurement) => m.spreadsheetCalls + m.documentCalls + m.otherCalls;

function render(
  results: Result[],
  daily: DailyRun,
  { setup, templates }: Pick<World, 'setup' | 'templates'>,
  goalList: Goal[],
  totalMs: number,
): { text: string; markdown: string; quality: string; readme: string } {
  const sideBySide: Row[] = results.map((r) => {
    const a = r.addon;
    const label = !a ? `${r.operation} (not built)` : r.addonError ? `${r.operation} (refused)` : r.operation;
    return [
      label,
      fmt.n(r.size),
      a ? fmt.n(calls(a)) : '—',
      a ? fmt.n(a.cellsRead) : '—',
      a ? fmt.n(a.cellsSearched) : '—',
      a ? fmt.n(a.cellsWritten) : '—',
      s(a),
      a ? fmt.ms(a.computeMs) : '—',
      fmt.n(calls(r.naive)),
      fmt.n(r.naive.cellsRead),
      fmt.n(r.naive.cellsWritten),
      s(r.naive),
    ];
  });
  const sideHeader = [
    'operation',
    'cases',
    'calls',
    'cells read',
    'searched',
    'written',
    'modeled s',
    'Node ms',
    'naive: calls',
    'cells read',
    'written',
    'modeled s',
  ];
  const small = Math.min(...SIZES);
  const large = Math.max(...SIZES);
  const growthRows: Row[] = OPERATIONS.map(rowName).map((name) => [
    name,
    s(find(results, name, small)?.addon),
    s(find(results, name, large)?.addon),
    fmt.ratio(growth(results, name, small, large, 'addon')),
    s(find(results, name, small)?.naive),
    s(find(results, name, large)?.naive),
    fmt.ratio(growth(results, name, small, large, 'naive')),
  ]);
  const growthHeader = [
    'operation',
    `add-on s at ${fmt.n(small)}`,
    `at ${fmt.n(large)}`,
    'ratio',
    `naive s at ${fmt.n(small)}`,
    `at ${fmt.n(large)}`,
    'ratio',
  ];
  const dailyRows: Row[] = (
    [
      ['first run of the day', daily.first],
      ['second run, an hour later', daily.second],
    ] as const
  ).flatMap(([label, m]) =>
    m
      ? [
          [
            m.error ? `${label} (failed: ${m.error.slice(0, 60)})` : `${label} (${m.status ?? '?'})`,
            fmt.n(m.mails),
            fmt.n(calls(m)),
            fmt.n(m.cellsRead),
            fmt.n(m.cellsWritten),
            fmt.s(m.serviceMs),
            fmt.s(m.computeMs),
          ],
        ]
      : [],
  );
  const dailyHeader = ['run', 'mails', 'calls', 'cells read', 'written', 'modeled s', 'Node s'];
  const goalRows: Row[] = goalList.map((g) => [g.goal, g.detail, g.met ? 'met' : 'NOT MET']);
  const setupLine =
    `setupWorkbook on a new spreadsheet: ${fmt.n(calls(setup))} service calls ` +
    `(${fmt.n(setup.spreadsheetCalls)} Sheets, plus ${fmt.n(setup.localCalls)} local), ${fmt.s(setup.serviceMs)} s modeled.` +
    (templates
      ? ` Then the welcome card draws the ${DOCUMENT_FORMS.length} default document templates, one call each ` +
        `(prepareDocumentTemplate): ${fmt.n(calls(templates))} service calls, ${fmt.s(templates.serviceMs)} s modeled, ` +
        `once per centre, with the card saying which form it is on.`
      : '');

  const sections = (table: (h: string[], r: Row[]) => string, heading: (t: string) => string) =>
    [
      heading('Goals of issue 11 (add-on, modeled service time)'),
      table(['goal', 'figure', ''], goalRows),
      heading('Each operation: the add-on, and the naive baseline beside it'),
      table(sideHeader, sideBySide),
      heading(`Growth from ${fmt.n(small)} to ${fmt.n(large)} cases`),
      table(growthHeader, growthRows),
      heading(`Daily run: ${fmt.n(daily.openCases)} open cases, ${fmt.n(daily.checks)} checks`),
      dailyRows.length > 0 ? table(dailyHeader, dailyRows) : 'runDailyReminders: not built',
      heading('시트 준비 (setupWorkbook, then the default document templates)'),
      setupLine,
      heading('Bundle sizes'),
      table(['file', 'raw', 'gzip'], bundleRows()),
      heading('Sidebar time to first render'),
      sidebarRenderSection(),
    ].join('\n\n');
  const header =
    `Calls are service calls that leave the script (local ones such as getRange are free, ` +
    `docs/cost-model.md); modeled s is Apps Script service time only; Node ms is the fakes' and ` +
    `add-on's CPU time on this machine, never added.`;
  const text = [sections(textTable, (title) => `== ${title} ==`), '', header].join('\n');
  const markdown = [
    '# Benchmark summary',
    '',
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ` +
      `${os.cpus().length} CPUs) in ${fmt.s(totalMs)} s. ${header} Raw numbers: latest.json.`,
    '',
    sections(markdownTable, (title) => `## ${title}`),
    '',
  ].join('\n');
  const quality = [
    `_Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; do not edit by hand._ ${header}`,
    '',
    sections(markdownTable, (title) => `### ${title}`),
  ].join('\n');
  const at3k = (name: string) => find(results, name, REALISTIC_CASES);
  const slowest = (kinds: Kind[]) =>
    OPERATIONS.filter((op) => kinds.includes(op.kind) && !op.once)
      .map((op) => at3k(rowName(op)))
      .reduce<Result | undefined>(
        (a, b) => (!a || (b?.addon?.serviceMs ?? 0) > (a.addon?.serviceMs ?? 0) ? b : a),
        undefined,
      );
  const figure = (r: Result | undefined) =>
    r ? `\`${r.operation}\` ${s(r.addon)} s (naive whole-table design: ${s(r.naive)} s)` : '—';
  const readme = [
    `On a realistic 동 of ${fmt.n(REALISTIC_CASES)} cases (ten years, 85 % closed, 10 checks per case, ` +
      `0.3 권익옹호 acts per case, about 14 audit rows per case) the slowest sidebar action is ${figure(slowest(['save', 'read']))} ` +
      `of modeled Apps Script time, the slowest document action ${figure(slowest(['document']))} ` +
      `(the centre's first plan document copies the template 시트 준비 drew: ` +
      `${s(at3k(FIRST_DOCUMENT)?.addon)} s). ` +
      `The daily run over ${fmt.n(daily.openCases)} open cases and ${fmt.n(daily.checks)} checks is modeled at ` +
      `${daily.first ? fmt.s(daily.first.serviceMs) : '—'} s. Goals of issue 11 met: ` +
      `${goalList.filter((g) => g.met).length} of ${goalList.length}.`,
    '',
    ...goalList.map((g) => `- ${g.goal}: ${g.detail} — **${g.met ? 'met' : 'not met'}**`),
    ...OPERATIONS.filter((op) => op.report).map((op) => {
      const r = at3k(rowName(op));
      return (
        `- \`${op.name}\`, a periodic report held to no goal: ${s(r?.addon)} s, most of it drawing a new Doc ` +
        `(${fmt.n(r?.addon?.documentCalls ?? 0)} Docs and Drive calls, the create among them)`
      );
    }),
    '',
    'Figures, model and sources: [docs/quality.md](docs/quality.md), [docs/cost-model.md](docs/cost-model.md).',
  ].join('\n');
  return { text, markdown, quality, readme };
}

void main();
