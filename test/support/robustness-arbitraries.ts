/**
 * fast-check generators for the robustness and privacy suites: valid payloads for every contract
 * function (text that Sheets would like to reinterpret, optional fields present or not), and the
 * ways a payload can be wrong. The field lists are written from the contract (docs/api.md), not
 * taken from src/, so the suites check the product against the contract, not against itself.
 */
import fc from 'fast-check';

/**
 * How many runs each property makes: a default that keeps `npm test` quick, raised to
 * ROBUSTNESS_RUNS when that is set (CI's long run), never lowered by it.
 */
export function runs(defaultRuns: number): number {
  const fromEnv = Number(process.env.ROBUSTNESS_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? Math.max(fromEnv, defaultRuns) : defaultRuns;
}

/**
 * fast-check options. The properties share one workbook per test, so shrinking a failure replays
 * calls against a workbook that has moved on: it is slow and not always meaningful. A failure is
 * reported as found, with its seed (replay it with `seed` and `path`); ROBUSTNESS_SHRINK=1 shrinks.
 */
export function options(defaultRuns: number): { numRuns: number; endOnFailure: boolean } {
  return { numRuns: runs(defaultRuns), endOnFailure: process.env.ROBUSTNESS_SHRINK !== '1' };
}

/** Jest timeout for a property: generous when ROBUSTNESS_RUNS asks for long runs. */
export function timeoutFor(defaultRuns: number, msPerRun: number): number {
  return Math.max(30_000, runs(defaultRuns) * msPerRun * 3);
}

/** Counts the cases each property tried, for the summary line the suites print. */
export class CaseCounter {
  private readonly counts = new Map<string, number>();

  add(property: string, n = 1): void {
    this.counts.set(property, (this.counts.get(property) ?? 0) + n);
  }

  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }

  report(suite: string): string {
    const lines = [...this.counts].map(([name, n]) => `  ${String(n).padStart(6)}  ${name}`);
    const runsNote = process.env.ROBUSTNESS_RUNS
      ? `ROBUSTNESS_RUNS=${process.env.ROBUSTNESS_RUNS}`
      : 'default runs; set ROBUSTNESS_RUNS for more';
    return `${suite}: ${this.total()} generated cases tried (${runsNote})\n${lines.join('\n')}`;
  }
}

/**
 * A 주민등록번호: six digits that are a real YYMMDD, a gender/century digit 1-8, six digits; with
 * or without the hyphen, with spaces around it. Written here from the definition, independently
 * of the add-on's own check.
 */
export const RRN_SHAPE = /(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s*-?\s*[1-8]\d{6}(?!\d)/;

export function looksLikeRrn(text: string): boolean {
  return RRN_SHAPE.test(text);
}

/** A 주민등록번호-shaped value in one of the ways people write it. */
export const rrn: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 0, max: 999_999 }),
    fc.constantFrom('-', '', ' - ', ' ', '- '),
  )
  .map(([yy, mm, dd, g, rest, sep]) => {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(yy)}${two(mm)}${two(dd)}${sep}${g}${String(rest).padStart(6, '0')}`;
  });

/** Text as a person types it, including what Sheets would turn into a formula, number or date. */
const trickyPieces = [
  '=',
  '+',
  '-',
  '@',
  "'",
  '=SUM(A1:A3)',
  '=HYPERLINK("http://x.example","클릭")',
  '+82 10',
  '-독거-',
  '010',
  '0001',
  '1,000',
  '1e5',
  '3/4',
  '2026-01-02',
  '2026.3.2',
  'TRUE',
  'false',
  '#N/A',
  '  ',
  '\n',
  '\t',
  '김하늘',
  '행복동 12-3',
  '난방비 체납',
  '😀',
  '<b>',
  '&amp;',
  '${x}',
  '{"a":1}',
];

const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCharCode(code));
const textUnit = fc.oneof(
  { weight: 3, arbitrary: hangul },
  { weight: 3, arbitrary: fc.constantFrom(...trickyPieces) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom('0', '1', '5', '9', ' ', '.', ',', ':', '/', '(', ')') },
);

/** Free text of at most `max` UTF-16 units with no 주민등록번호 in it. */
export function typedText(max: number, minLength = 0): fc.Arbitrary<string> {
  return fc
    .array(textUnit, { minLength, maxLength: Math.min(12, max) })
    .map((parts) => parts.join('').slice(0, max))
    .filter((text) => text.length <= max && text.length >= minLength && !looksLikeRrn(text));
}

/** Required text: not blank. */
export function requiredText(max: number): fc.Arbitrary<string> {
  return typedText(max, 1).filter((text) => text.trim().length > 0);
}

/** Birth dates of living clients: after 1900 and before any intake in `recentDate`. */
export const birthDate: fc.Arbitrary<string> = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Dates in the working year, so that due-date rules stay in a plausible range. */
export const recentDate: fc.Arbitrary<string> = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const email: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('kim', 'lee', 'park', 'choi', 'jung'), fc.integer({ min: 1, max: 9 }))
  .map(([name, n]) => `${name}${n}.sw@dong.example`);

/** A record whose optional keys are sometimes present, sometimes absent. */
function withOptional<
  R extends Record<string, fc.Arbitrary<unknown>>,
  O extends Record<string, fc.Arbitrary<unknown>>,
>(required: R, optional: O): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({ ...required, ...optional } as Record<string, fc.Arbitrary<unknown>>, {
    requiredKeys: Object.keys(required),
  });
}

export const DISCOVERY = ['walkIn', 'familyRequest', 'outreach', 'referral', 'publicAlert', 'phone', 'other'];
export const INTAKE_OUTCOMES = [
  'benefitApplication',
  'serviceApplication',
  'caseManagementReferral',
  'infoReferral',
];
export const LIFE_DOMAINS = [
  'safety',
  'health',
  'mentalHealth',
  'dailyLiving',
  'family',
  'community',
  'education',
  'employment',
  'economy',
  'housing',
  'rights',
];
export const CHECK_METHODS = [
  'homeVisit',
  'counselling',
  'phone',
  'providerContact',
  'providerVisit',
  'meeting',
  'record',
];
export const CLOSE_REASONS = [
  'goalAchieved',
  'movedOut',
  'died',
  'lostContact',
  'clientRequest',
  'selfReliant',
];

export const client = withOptional(
  { name: requiredText(50), birthDate },
  { phone: typedText(30), address: typedText(200), household: typedText(1000) },
);

/** A valid saveIntake payload; `managed` forces the outcome that opens case management. */
export function intake(managed = true): fc.Arbitrary<Record<string, unknown>> {
  return withOptional(
    {
      client,
      intakeDate: recentDate,
      discovery: fc.constantFrom(...DISCOVERY),
      presentingProblem: requiredText(300),
      intakeOutcome: managed ? fc.constant('caseManagementReferral') : fc.constantFrom(...INTAKE_OUTCOMES),
    },
    {
      potentialProblems: typedText(300),
      strengths: typedText(300),
      weaknesses: typedText(300),
      caseType: fc.constantFrom('general', 'highDifficulty'),
      caseManager: email,
    },
  );
}

export const need = withOptional(
  { domain: fc.constantFrom(...LIFE_DOMAINS), need: requiredText(300) },
  { problem: typedText(300), demand: typedText(300) },
);

export function assessment(caseNo: string, kind: 'initial' | 're'): fc.Arbitrary<Record<string, unknown>> {
  return withOptional(
    {
      caseNo: fc.constant(caseNo),
      kind: fc.constant(kind),
      assessedOn: recentDate,
      needs: fc.array(need, { minLength: 1, maxLength: 4 }),
    },
    {
      strengths: typedText(300),
      supportSystem: typedText(300),
      functionalEvaluation: typedText(300),
      riskLevel: fc.constantFrom('low', 'medium', 'high', 'crisis'),
    },
  );
}

const planItem = fc
  .tuple(
    withOptional(
      { goal: requiredText(200), service: requiredText(200), startDate: recentDate },
      {
        priority: fc.integer({ min: 1, max: 99 }),
        timing: typedText(100),
        timesPerWeek: fc.integer({ min: 0, max: 50 }),
        provider: typedText(100),
        providerContact: typedText(100),
        checkMethod: typedText(100),
      },
    ),
    fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  )
  .map(([item, days]) => {
    if (days === undefined) return item;
    const end = new Date(`${item.startDate as string}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + days);
    return { ...item, endDate: end.toISOString().slice(0, 10) };
  });

export function plan(caseNo: string): fc.Arbitrary<Record<string, unknown>> {
  return withOptional(
    {
      caseNo: fc.constant(caseNo),
      consentDate: recentDate,
      shortTermGoal: requiredText(300),
      items: fc.array(planItem, { minLength: 1, maxLength: 4 }),
    },
    { longTermGoal: typedText(300) },
  );
}

export function check(caseNo: string, itemIds: string[]): fc.Arbitrary<Record<string, unknown>> {
  const outcomes =
    itemIds.length === 0
      ? fc.constant([])
      : fc.uniqueArray(
          fc.record({
            itemId: fc.constantFrom(...itemIds),
            outcome: fc.constantFrom('achieved', 'extended', 'reassess'),
          }),
          { selector: (o) => o.itemId, maxLength: itemIds.length },
        );
  return withOptional(
    {
      caseNo: fc.constant(caseNo),
      checkedOn: recentDate,
      method: fc.constantFrom(...CHECK_METHODS),
      note: requiredText(300),
    },
    { itemOutcomes: outcomes, needsChanged: fc.boolean() },
  );
}

export function closing(caseNo: string): fc.Arbitrary<Record<string, unknown>> {
  return withOptional(
    { caseNo: fc.constant(caseNo), closedOn: recentDate, reason: fc.constantFrom(...CLOSE_REASONS) },
    { evaluation: typedText(300) },
  );
}

export function conference(caseNo: string): fc.Arbitrary<Record<string, unknown>> {
  return withOptional(
    {
      caseNo: fc.constant(caseNo),
      kind: fc.constantFrom('caseMeeting', 'integrated', 'internalReview'),
      heldOn: recentDate,
      decision: fc.constantFrom('selected', 'notSelected', 'onHold'),
    },
    { attendees: typedText(200), notes: typedText(300) },
  );
}

export function consent(caseNo: string): fc.Arbitrary<Record<string, unknown>> {
  return withOptional(
    {
      caseNo: fc.constant(caseNo),
      consentedOn: recentDate,
      recipient: requiredText(100),
      items: requiredText(200),
      purpose: requiredText(200),
    },
    { withheld: typedText(200) },
  );
}

export const listCasesInput = withOptional(
  {},
  {
    stage: fc.constantFrom('intake', 'assessment', 'intervention', 'followUp', 'closed', 'endedAtIntake'),
    caseManager: email,
    query: typedText(100),
  },
);

/**
 * A saveResource payload from the contract's fields. A relational resource (a client's own
 * neighbour network) is never shareable (DOMAIN.md: client data is never part of what partners see).
 */
export const resource: fc.Arbitrary<Record<string, unknown>> = withOptional(
  { name: requiredText(40), kind: fc.constantFrom('human', 'material', 'relational') },
  {
    sector: fc.constantFrom('public', 'private'),
    category: typedText(40),
    provider: typedText(40),
    contact: typedText(30),
    area: typedText(40),
    eligibility: typedText(80),
    shareable: fc.boolean(),
  },
).map((r) => (r.kind === 'relational' && r.shareable ? { ...r, shareable: false } : r));

/** Sheets holds at most 50 000 characters in a cell: longer text can never be stored as typed. */
const CELL_LIMIT = 50_000;

/** What a field must be, per the contract: the basis of the invalid-payload generator. */
export type FieldKind =
  | { kind: 'text'; max: number; required: boolean }
  | { kind: 'date'; required: boolean }
  | { kind: 'choice'; required: boolean }
  | { kind: 'list'; required: boolean; max?: number }
  | { kind: 'object'; required: boolean }
  | { kind: 'number'; required: boolean }
  | { kind: 'boolean'; required: boolean };

export type FieldSpec = Record<string, FieldKind>;

const text = (max: number, required = false): FieldKind => ({ kind: 'text', max, required });
const date = (required = false): FieldKind => ({ kind: 'date', required });
const choice = (required = false): FieldKind => ({ kind: 'choice', required });

/** Top-level fields of each function (docs/api.md), with nested ones as `parent.child`. */
export const FIELDS: Record<string, FieldSpec> = {
  saveIntake: {
    client: { kind: 'object', required: true },
    'client.name': text(50, true),
    'client.birthDate': date(true),
    'client.phone': text(30),
    'client.address': text(200),
    'client.household': text(1000),
    intakeDate: date(true),
    discovery: choice(true),
    presentingProblem: text(5000, true),
    potentialProblems: text(5000),
    strengths: text(5000),
    weaknesses: text(5000),
    intakeOutcome: choice(true),
    caseType: choice(),
  },
  saveAssessment: {
    caseNo: text(40, true),
    kind: choice(true),
    assessedOn: date(true),
    needs: { kind: 'list', required: true, max: 30 },
    strengths: text(5000),
    supportSystem: text(5000),
    functionalEvaluation: text(5000),
    riskLevel: choice(),
    version: { kind: 'number', required: false },
  },
  savePlan: {
    caseNo: text(40, true),
    consentDate: date(true),
    shortTermGoal: text(1000, true),
    longTermGoal: text(1000),
    items: { kind: 'list', required: true, max: 50 },
    version: { kind: 'number', required: false },
  },
  recordCheck: {
    caseNo: text(40, true),
    checkedOn: date(true),
    method: choice(true),
    note: text(5000, true),
    itemOutcomes: { kind: 'list', required: false },
    needsChanged: { kind: 'boolean', required: false },
    version: { kind: 'number', required: false },
  },
  closeCase: {
    caseNo: text(40, true),
    closedOn: date(true),
    reason: choice(true),
    evaluation: text(5000),
    version: { kind: 'number', required: false },
  },
  getCase: { caseNo: text(40, true) },
  generatePlanDocument: { caseNo: text(40, true), planId: text(CELL_LIMIT) },
  saveResource: {
    name: text(CELL_LIMIT, true),
    kind: choice(true),
    sector: choice(),
    category: text(CELL_LIMIT),
    provider: text(CELL_LIMIT),
    contact: text(CELL_LIMIT),
    area: text(CELL_LIMIT),
    eligibility: text(CELL_LIMIT),
    shareable: { kind: 'boolean', required: false },
  },
  listCases: { stage: choice(), query: text(100) },
};

export type Mutation = { label: string; apply: (payload: Record<string, unknown>) => unknown };

function getPath(payload: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], payload);
}

function setPath(payload: Record<string, unknown>, path: string, value: unknown, remove = false): unknown {
  const copy = structuredClone(payload);
  const keys = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    if (next === null || typeof next !== 'object') return copy;
    target = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (remove) delete target[last];
  else target[last] = value;
  return copy;
}

/** Values of the wrong type for a field; null only where the field is required (absent may be null). */
function wrongType(field: FieldKind): fc.Arbitrary<unknown> {
  const values: Record<FieldKind['kind'], unknown[]> = {
    text: [42, true, ['가'], { a: 1 }],
    date: [20260301, true, [], {}],
    choice: [1, false, [], {}],
    list: ['많음', 3, { a: 1 }],
    object: ['김하늘', 3, []],
    number: ['1', true, [], {}],
    boolean: ['true', 1, [], {}],
  };
  return fc.constantFrom(...values[field.kind], ...(field.required ? [null] : []));
}
const badDates = fc.constantFrom(
  '2026-02-30',
  '2026/03/01',
  '20260301',
  '26-03-01',
  '2026-3-1',
  '어제',
  '2026-13-01',
);
const badChoices = fc.constantFrom('bored', '목표', 'GOALACHIEVED', ' intake', '__proto__', 'toString');
const unknownKeys = fc.constantFrom(
  'isAdmin',
  'rrn',
  'constructor',
  'prototype',
  '관리자',
  'caseno',
  'Version',
);

/**
 * One way to make a valid payload wrong, for a function with the given fields. Every result must
 * be refused with a Korean message and must write nothing.
 */
export function mutation(fn: string): fc.Arbitrary<Mutation> {
  const spec = FIELDS[fn] ?? {};
  const fields = Object.entries(spec);
  const required = fields.filter(([, f]) => f.required);
  const texts = fields.filter(([, f]) => f.kind === 'text') as [
    string,
    Extract<FieldKind, { kind: 'text' }>,
  ][];
  const dates = fields.filter(([, f]) => f.kind === 'date');
  const choices = fields.filter(([, f]) => f.kind === 'choice');
  const options: fc.Arbitrary<Mutation>[] = [
    unknownKeys.map((key) => ({
      label: `unknown key ${key}`,
      apply: (p) => ({ ...p, [key]: '값' }),
    })),
    fc.constantFrom<unknown>('hello', 42, [], true).map((value) => ({
      label: `payload is ${JSON.stringify(value)}`,
      apply: () => value,
    })),
  ];
  if (required.length > 0) {
    options.push(
      fc.constantFrom(...required).map(([path]) => ({
        label: `missing ${path}`,
        apply: (p) => setPath(p, path, undefined, true),
      })),
    );
  }
  if (fields.length > 0) {
    options.push(
      fc
        .constantFrom(...fields)
        .chain(([path, field]) => wrongType(field).map((value) => ({ path, value })))
        .map(({ path, value }) => ({
          label: `${path} is ${JSON.stringify(value)}`,
          apply: (p: Record<string, unknown>) => setPath(p, path, value),
        })),
    );
  }
  if (texts.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...texts), fc.integer({ min: 1, max: 40 })).map(([[path, field], extra]) => ({
        label: `${path} longer than ${field.max}`,
        apply: (p) => setPath(p, path, '가'.repeat(field.max + extra)),
      })),
      fc
        .tuple(fc.constantFrom(...texts), rrn, fc.constantFrom('', '주민번호 ', '확인: '))
        .map(([[path], value, before]) => ({
          label: `주민등록번호 in ${path}`,
          apply: (p) => {
            const current = getPath(p, path);
            return setPath(
              p,
              path,
              `${before}${value} ${typeof current === 'string' ? current : ''}`.slice(0, 40),
            );
          },
        })),
    );
    const requiredTexts = texts.filter(([, f]) => f.required);
    if (requiredTexts.length > 0) {
      options.push(
        fc
          .tuple(fc.constantFrom(...requiredTexts), fc.constantFrom('', ' ', '   ', '\n', '\t '))
          .map(([[path], blank]) => ({
            label: `${path} blank`,
            apply: (p) => setPath(p, path, blank),
          })),
      );
    }
  }
  if (dates.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...dates), badDates).map(([[path], value]) => ({
        label: `${path} = ${value}`,
        apply: (p) => setPath(p, path, value),
      })),
    );
  }
  if (choices.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...choices), badChoices).map(([[path], value]) => ({
        label: `${path} = ${value}`,
        apply: (p) => setPath(p, path, value),
      })),
    );
  }
  return fc.oneof(...options);
}
