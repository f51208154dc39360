import fc from 'fast-check';
import { MANAGER, OTHER_MANAGER, startAddon, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';
import * as A from '../support/robustness-arbitraries';
import { attempt, spreadsheetOf } from '../support/robustness-harness';
import { folderFiles } from '../support/resources-harness';
import { auditLog } from '../support/audit-log';

/**
 * Privacy invariants over generated use, through dist/ in the fakes:
 * - no client field reaches what partners see (the published resource spreadsheet, the shareable
 *   CSV export, any file shared with a partner, any mail to a partner);
 * - every write leaves an audit entry naming who, when and which case;
 * - no 주민등록번호-shaped value is stored anywhere (any cell of any spreadsheet, any document,
 *   any mail, any document property), whatever field it was typed into.
 */
const counter = new A.CaseCounter();
afterAll(() => console.log(counter.report('privacy')));

const PARTNERS = ['welfare@partner.example', 'center@partner.example'];
const PARTNER_EMAILS_SETTING = '협력기관 공유 이메일 (쉼표로 구분)';

function setSetting(h: Harness, name: string, value: string): void {
  const sheet = spreadsheetOf(h).getSheetByName('설정')!;
  const names = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  const row = names.indexOf(name) + 1;
  if (row < 1) throw new Error(`no setting ${name}`);
  sheet.getRange(row, 2).setNumberFormat('@').setValue(value);
}

/** A token that cannot appear anywhere by chance: what each client field carries. */
const token = fc
  .array(fc.constantFrom(...'BCDFGHJKLMNPQRSTVWXZ'), { minLength: 8, maxLength: 8 })
  .map((letters) => `Q${letters.join('')}`);

interface Client {
  name: string;
  birthDate: string;
  phone: string;
  address: string;
  household: string;
  presentingProblem: string;
  strengths: string;
  need: string;
  note: string;
}

const client: fc.Arbitrary<Client> = fc
  .tuple(
    fc.array(token, { minLength: 7, maxLength: 7 }),
    fc.date({
      min: new Date('1935-01-01T00:00:00Z'),
      max: new Date('1990-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.integer({ min: 10_000_000, max: 99_999_999 }),
    A.typedText(20),
  )
  .map(([t, birth, phone, noise]) => ({
    name: `김${t[0]}`,
    birthDate: birth.toISOString().slice(0, 10),
    phone: `010-${String(phone).slice(0, 4)}-${String(phone).slice(4)}`,
    address: `행복동 ${t[1]} ${noise}`.slice(0, 200),
    household: `독거 ${t[2]}`,
    presentingProblem: `${noise} ${t[3]}`,
    strengths: `이웃 ${t[4]}`,
    need: `욕구 ${t[5]}`,
    note: `점검 ${t[6]}`,
  }));

/** Every way a client's data could show up in text partners read. */
function markers(c: Client): string[] {
  const tokens = [c.name, c.address, c.household, c.presentingProblem, c.strengths, c.need, c.note]
    .map((text) => /Q[B-Z]{8}/.exec(text)?.[0] ?? '')
    .filter(Boolean);
  const digits = c.phone.replace(/\D/g, '');
  return [
    ...tokens,
    c.phone,
    digits,
    digits.slice(3),
    c.birthDate,
    c.birthDate.replace(/-/g, '.'),
    c.birthDate.replace(/-/g, ''),
  ];
}

/** A resource; a relational one (a client's own neighbours) is never shareable, by rule. */
const resource = fc
  .record({
    name: A.requiredText(40),
    kind: fc.constantFrom('human', 'material', 'relational'),
    provider: A.typedText(40),
    description: A.typedText(80),
    area: A.typedText(20),
    eligibility: A.typedText(40),
    notes: A.typedText(40),
    shareable: fc.boolean(),
  })
  .map((r) => (r.kind === 'relational' ? { ...r, shareable: false } : r));

/** Everything a partner can open, as text: files shared with them or made for them, their mail. */
function partnerView(h: Harness, publishedId: string | null, csv: string): string {
  const state = h.env.toJSON();
  const shared = (f: { viewers?: string[]; editors?: string[] }) =>
    [...(f.viewers ?? []), ...(f.editors ?? [])].some((e) => PARTNERS.includes(e));
  const spreadsheets = state.spreadsheets.filter((s) => s.id === publishedId || shared(s));
  const documents = (state.documents as { id?: string }[]).filter((d) =>
    (state.driveFiles as { id?: string; viewers?: string[]; editors?: string[] }[]).some(
      (f) => f.id === d.id && shared(f),
    ),
  );
  const mails = state.mails.filter((m) =>
    PARTNERS.some((p) => `${m.to},${m.cc ?? ''},${m.bcc ?? ''}`.includes(p)),
  );
  return JSON.stringify({ spreadsheets, documents, mails, csv });
}

describe('no client field reaches a partner-facing output', () => {
  const RUNS = A.runs(6);
  it(
    `published resources, their CSV export and anything shared with partners (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.array(client, { minLength: 1, maxLength: 3 }),
          fc.array(resource, { minLength: 1, maxLength: 4 }),
          fc.nat(),
          (clients, resources, slip) => {
            counter.add('caseloads published');
            const h = startAddon();
            setSetting(h, PARTNER_EMAILS_SETTING, PARTNERS.join(', '));
            const ids: string[] = [];
            for (const r of resources) {
              const saved = attempt<{ resourceId: string }>(h, 'saveResource', r);
              if (!saved.ok) throw new Error(`saveResource refused ${JSON.stringify(r)}: ${saved.message}`);
              ids.push(saved.result.resourceId);
            }
            for (const c of clients) {
              const { caseNo } = h.call<{ caseNo: string }>(
                'saveIntake',
                P.intake({
                  client: {
                    name: c.name,
                    birthDate: c.birthDate,
                    phone: c.phone,
                    address: c.address,
                    household: c.household,
                  },
                  presentingProblem: c.presentingProblem,
                  strengths: c.strengths,
                }),
              );
              h.call(
                'saveAssessment',
                P.assessment(caseNo, { needs: [{ domain: 'economy', need: c.need }] }),
              );
              h.call('recordConsent', {
                caseNo,
                consentedOn: '2026-03-10',
                recipient: resources[0]!.provider.trim() || resources[0]!.name,
                items: '이름, 연락처',
                purpose: '서비스 연계',
              });
              h.call(
                'savePlan',
                P.plan(caseNo, {
                  items: [
                    { goal: '연계', service: '자원 연계', startDate: '2026-03-23', resourceId: ids[0] },
                  ],
                }),
              );
              h.call('recordCheck', P.check(caseNo, { note: c.note }));
            }
            // A person types a client's name into a shareable resource: it must be held back.
            const named = clients[slip % clients.length]!;
            h.call('saveResource', {
              name: `반찬 나눔 (${named.name} 님 이웃)`,
              kind: 'human',
              shareable: true,
            });
            const published = attempt<{ spreadsheetId: string }>(h, 'publishResources', undefined);
            if (!published.ok) throw new Error(`publishResources refused: ${published.message}`);
            // What leaves for partners is the files' content; the call's own result (with the list
            // of resources held back) goes to the official who exported.
            const exported = h.call<{ folderId: string }>('exportResourcesCsv', {});
            const csv = folderFiles(h, exported.folderId)
              .map((f) => f.content)
              .join('\n');
            const view = partnerView(h, published.result.spreadsheetId, csv);
            for (const c of clients)
              for (const marker of markers(c))
                if (view.includes(marker))
                  throw new Error(`a partner can read "${marker}" of client ${c.name}`);
            expect(view).not.toMatch(/행복-\d{4}-\d{4}/);
          },
        ),
        A.options(RUNS),
      );
    },
    A.timeoutFor(6, 6000),
  );
});

type Op =
  | 'intake'
  | 'assess'
  | 'reassess'
  | 'conference'
  | 'consent'
  | 'plan'
  | 'check'
  | 'close'
  | 'followUp'
  | 'reopen'
  | 'reassign'
  | 'resource'
  | 'document'
  | 'publish'
  | 'read';

const OPS: Op[] = [
  'intake',
  'assess',
  'reassess',
  'conference',
  'consent',
  'plan',
  'check',
  'close',
  'followUp',
  'reopen',
  'reassign',
  'resource',
  'document',
  'publish',
  'read',
];

function request(op: Op, caseNo: string, n: number): [string, unknown] {
  const day = `2026-04-${String((n % 27) + 1).padStart(2, '0')}`;
  switch (op) {
    case 'intake':
      return ['saveIntake', P.intake()];
    case 'assess':
      return ['saveAssessment', P.assessment(caseNo)];
    case 'reassess':
      return ['saveAssessment', P.assessment(caseNo, { kind: 're', assessedOn: day })];
    case 'conference':
      return ['recordConference', { caseNo, kind: 'caseMeeting', heldOn: day, decision: 'selected' }];
    case 'consent':
      return [
        'recordConsent',
        { caseNo, consentedOn: day, recipient: '행복복지관', items: '이름', purpose: '연계' },
      ];
    case 'plan':
      return ['savePlan', P.plan(caseNo)];
    case 'check':
      return ['recordCheck', P.check(caseNo, { checkedOn: day })];
    case 'close':
      return ['closeCase', P.closing(caseNo, { closedOn: day })];
    case 'followUp':
      return ['recordFollowUp', { caseNo, contactedOn: day, method: 'phone', note: '안부' }];
    case 'reopen':
      return ['reopenCase', { caseNo, reopenedOn: day, reason: '다시 위기' }];
    case 'reassign':
      return ['reassignCases', { caseNos: [caseNo], caseManager: n % 2 ? OTHER_MANAGER : MANAGER }];
    case 'resource':
      return ['saveResource', { name: `자원 ${n}`, kind: 'material', shareable: n % 2 === 0 }];
    case 'document':
      return ['generatePlanDocument', { caseNo }];
    case 'publish':
      return ['publishResources', undefined];
    case 'read':
      return [n % 2 ? 'getCase' : 'listCases', n % 2 ? { caseNo } : {}];
  }
}

/** The data tabs (all but the audit log), values only, and what exists outside the spreadsheet. */
function dataState(h: Harness): string {
  const tabs = spreadsheetOf(h)
    .getSheets()
    .filter((s) => !s.getName().startsWith('변경이력'))
    .map((s) => [s.getName(), s.getDataRange().getValues()]);
  return JSON.stringify({ tabs, documents: h.env.documents().length });
}

function seoulNow(h: Harness): string {
  return new Date(h.env.clock.now().getTime() + 9 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

describe('every write has an audit entry', () => {
  const RUNS = A.runs(20);
  it(
    `generated sequences by two people: a change anywhere adds an entry with who, when and which case (${RUNS} runs)`,
    () => {
      const h = startAddon();
      setSetting(h, PARTNER_EMAILS_SETTING, PARTNERS.join(', '));
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...OPS), fc.boolean()), { minLength: 1, maxLength: 8 }),
          (steps) => {
            counter.add('audited sequences');
            h.env.setUser(MANAGER);
            const caseNos = [h.call<{ caseNo: string }>('saveIntake', P.intake()).caseNo];
            let n = 0;
            for (const [op, other] of steps) {
              n++;
              counter.add('audited calls');
              const user = other ? OTHER_MANAGER : MANAGER;
              h.env.setUser(user);
              h.env.clock.advance(61_000);
              const caseNo = caseNos[caseNos.length - 1]!;
              const [fn, payload] = request(op, caseNo, n);
              if (!h.addon.fn(fn)) continue;
              const before = dataState(h);
              const auditBefore = auditLog(h.env).length;
              const outcome = attempt<{ caseNo?: string }>(h, fn, payload);
              if (outcome.ok && fn === 'saveIntake' && outcome.result.caseNo)
                caseNos.push(outcome.result.caseNo);
              const changed = dataState(h) !== before;
              const added = auditLog(h.env).slice(auditBefore);
              const where = `${fn} ${JSON.stringify(payload ?? {}).slice(0, 120)} by ${user}`;
              if (!outcome.ok && (changed || added.length > 0))
                throw new Error(`${where} was refused but wrote`);
              if (!changed) continue;
              counter.add('writes checked for their audit entry');
              if (added.length === 0) throw new Error(`${where} changed the workbook without an audit entry`);
              for (const entry of added) {
                if (entry['사용자'] !== user || entry['일시'] !== seoulNow(h))
                  throw new Error(`${where}: audit entry ${JSON.stringify(entry)} does not say who and when`);
              }
              const caseScoped = !['saveResource', 'publishResources'].includes(fn);
              const named = fn === 'saveIntake' ? outcome.ok && outcome.result.caseNo : caseNo;
              if (caseScoped && !added.some((entry) => entry['관리번호'] === named))
                throw new Error(`${where}: no audit entry names ${named}`);
            }
          },
        ),
        A.options(RUNS),
      );
    },
    A.timeoutFor(20, 2000),
  );
});

/** Every text a person or a partner could ever read back: cells, notes, documents, mail, properties. */
function everythingStored(h: Harness): { where: string; text: string }[] {
  const state = h.env.toJSON();
  const found: { where: string; text: string }[] = [];
  for (const s of state.spreadsheets)
    for (const sheet of s.sheets) {
      found.push({ where: `${s.name}/${sheet.name}`, text: JSON.stringify(sheet.values) });
      found.push({ where: `${s.name}/${sheet.name} notes`, text: JSON.stringify(sheet.notes ?? {}) });
    }
  for (const d of h.env.documents())
    found.push({ where: `document ${d.name}`, text: `${d.name}\n${d.text}` });
  for (const m of state.mails)
    found.push({ where: `mail to ${m.to}`, text: `${m.subject}\n${m.body}\n${m.htmlBody ?? ''}` });
  found.push({
    where: 'document properties',
    text: JSON.stringify(state.documentProperties ?? state.properties),
  });
  return found;
}

/** Replaces one string leaf of a payload (chosen by `pick`) with text holding `value`. */
function inject(payload: unknown, value: string, pick: number): unknown {
  const leaves: string[][] = [];
  const walk = (v: unknown, path: string[]) => {
    if (typeof v === 'string') leaves.push(path);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(payload, []);
  if (leaves.length === 0) return payload;
  const path = leaves[pick % leaves.length]!;
  const copy = structuredClone(payload) as Record<string, unknown>;
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  target[last] = `${String(target[last]).slice(0, 10)} ${value}`;
  return copy;
}

describe('no 주민등록번호 is stored anywhere', () => {
  const RUNS = A.runs(40);
  it(
    `typed into any field of any function, it is refused and found nowhere afterwards (${RUNS} runs)`,
    () => {
      const h = startAddon();
      setSetting(h, PARTNER_EMAILS_SETTING, PARTNERS.join(', '));
      const caseNo = h.call<{ caseNo: string }>('saveIntake', P.intake()).caseNo;
      h.call('saveAssessment', P.assessment(caseNo));
      h.call('savePlan', P.plan(caseNo));
      const targets: [string, unknown][] = [
        ['saveIntake', P.intake()],
        ['saveAssessment', P.assessment(caseNo, { kind: 're' })],
        ['savePlan', P.plan(caseNo)],
        ['recordCheck', P.check(caseNo)],
        [
          'recordConference',
          { caseNo, kind: 'caseMeeting', heldOn: '2026-04-01', decision: 'onHold', notes: '메모' },
        ],
        [
          'recordConsent',
          { caseNo, consentedOn: '2026-04-01', recipient: '복지관', items: '이름', purpose: '연계' },
        ],
        ['closeCase', P.closing(caseNo)],
        [
          'saveResource',
          { name: '반찬', kind: 'material', description: '설명', notes: '메모', contact: '02-000-0000' },
        ],
        ['listCases', { query: '김' }],
        ['getCase', { caseNo }],
      ];
      fc.assert(
        fc.property(fc.nat(targets.length - 1), A.rrn, fc.nat(), (which, value, pick) => {
          counter.add('주민등록번호 injections');
          const [fn, payload] = targets[which]!;
          if (!h.addon.fn(fn)) return;
          const outcome = attempt(h, fn, inject(payload, value, pick));
          if (outcome.ok) throw new Error(`${fn} accepted a payload holding ${value}`);
          if (outcome.writes.length > 0)
            throw new Error(`${fn} refused ${value} but called ${outcome.writes.join(', ')}`);
        }),
        A.options(RUNS),
      );
      // Valid work afterwards (documents, mail-free) and a scan of everything stored.
      h.call('recordCheck', P.check(caseNo));
      if (h.addon.fn('generatePlanDocument')) h.call('generatePlanDocument', { caseNo });
      if (h.addon.fn('publishResources')) h.call('publishResources');
      for (const { where, text } of everythingStored(h))
        if (A.looksLikeRrn(text))
          throw new Error(`a 주민등록번호-shaped value is stored in ${where}: ${A.RRN_SHAPE.exec(text)![0]}`);
    },
    A.timeoutFor(40, 300),
  );
});
