/**
 * A realistic 동 as a dataset (PERFORMANCE.md, "A realistic 동"): `count` fictional cases opened
 * over ten years, 85 % of them closed, 10 checks per case, 3 plan items per plan, 2 follow-ups per
 * closure, one resource per ten cases and about 14 audit rows per case. PERFORMANCE.md gives no
 * figure for 권익옹호, so one case in five (the 고난도 ones) has 1–2 acts, about a third of them
 * 서비스체계 개선 with a gap kind: 0.3 acts per case, 900 in the realistic 동. Used where thousands
 * of cases are needed fast: the cost tests and the benchmark (the preview's demo data goes through
 * the contract functions instead).
 *
 * Rows are written in the order a centre accumulates them: every event (an intake, a check, a
 * closure…) is dated, all events are sorted by date, and each table receives its rows in that
 * order. A case's checks are therefore spread among other cases' rows, as in a real workbook, so a
 * design that reads a run of neighbouring rows gets no help from the data.
 *
 * Each 사례 row's 행 위치 names where its case's rows landed, as the add-on's commands keep it.
 *
 * Cells are written with plain `getRange(...).setValues`, column by column through the table
 * definitions' headers and src/db/cells.ts (not through src/db/table.ts, whose read/write path is
 * what the benchmark measures).
 */
import { toCell, numberFormatOf, type CellValue, type ColumnType, type FieldValue } from '../src/db/cells';
import { findHeaderRow, HEADER_SCAN_ROWS } from '../src/db/header-row';
import { encodeRowIndex } from '../src/db/row-index';
import * as T from '../src/db/tables';
import { addDays, addMonths, daysBetween } from '../src/domain/dates';
import type * as R from '../src/domain/records';
import { ADVOCACY_LEVELS, GAP_KINDS, type GapKind } from '../src/domain/vocabulary';
import { dueSchedule } from '../src/domain/due-items';
import { DEFAULT_SETTINGS } from '../src/domain/settings';
import { scheduleFields } from '../src/app/due-schedule';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const FAMILY = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'];
const GIVEN = ['하늘', '민준', '서연', '영호', '순자', '지우', '도윤', '미숙', '정희', '태식'];
export const BULK_MANAGERS = ['kim.sw@dong.example', 'lee.sw@dong.example', 'park.sw@dong.example'];

export interface BulkOptions {
  /** Day the data is "as of": every event is on or before it. */
  today: string;
  /** Years over which the cases were opened (default 10). */
  years?: number;
  /** Share of the cases that are closed, the oldest ones (default 0.85). */
  closedShare?: number;
  checksPerCase?: number;
  itemsPerPlan?: number;
  followUpsPerClosure?: number;
  /** Resources in the directory per case (default 0.1: 300 for 3 000 cases). */
  resourcesPerCase?: number;
}

/** The realistic 동 of PERFORMANCE.md is `fillWorkbook(ss, REALISTIC_CASES, …)` with the defaults. */
export const REALISTIC_CASES = 3000;

/** A table as this module needs it: its tab and, per field, the header and type of its column. */
interface Table<Rec> {
  name: string;
  columns: { [K in keyof Rec & string]-?: { header: string; type: ColumnType } };
}
type Row = Record<string, FieldValue | undefined>;

/** What one dated event adds to the workbook. */
interface Event {
  day: string;
  add(sink: Sink): void;
}

/** Rows per table, in the order the events happened. */
class Sink {
  readonly tables = new Map<string, { table: Table<unknown>; rows: Row[] }>();

  push<Rec>(table: Table<Rec>, row: Partial<Rec>): void {
    const entry = this.tables.get(table.name) ?? { table: table as Table<unknown>, rows: [] };
    entry.rows.push(row as Row);
    this.tables.set(table.name, entry);
  }
}

/**
 * Fills the workbook (set up by `setupWorkbook`) and returns the case numbers of the open cases,
 * oldest first. Open cases are in 서비스제공·점검 with plan `<caseNo>-P1` and items `<caseNo>-P1-1…`.
 */
export function fillWorkbook(spreadsheet: Spreadsheet, count: number, options: BulkOptions): string[] {
  const o = {
    years: 10,
    closedShare: 0.85,
    checksPerCase: 10,
    itemsPerPlan: 3,
    followUpsPerClosure: 2,
    resourcesPerCase: 0.1,
    ...options,
  };
  const events: Event[] = [];
  const open: string[] = [];
  // The newest case is opened 120 days before `today`, so that it has had its plan and checks.
  const lastOpening = addDays(o.today, -120);
  const span = Math.max(1, daysBetween(addDays(o.today, -365 * o.years), lastOpening));
  const firstOpenCase = Math.round(count * o.closedShare);
  const sequenceByYear = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const opened = addDays(lastOpening, -span + Math.floor(((i + 1) * span) / count));
    const year = opened.slice(0, 4);
    const sequence = (sequenceByYear.get(year) ?? 0) + 1;
    sequenceByYear.set(year, sequence);
    const caseNo = `행복-${year}-${String(sequence).padStart(4, '0')}`;
    const closed = i < firstOpenCase;
    if (!closed) open.push(caseNo);
    events.push(...caseEvents(i, caseNo, opened, closed, o));
  }
  const resources = Math.round(count * o.resourcesPerCase);
  for (let k = 1; k <= resources; k++) events.push(resourceEvent(k, addDays(lastOpening, -span + k)));

  // Stable sort: events of the same day keep the order of their cases.
  events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const sink = new Sink();
  for (const event of events) event.add(sink);
  fillDueSchedules(sink);
  // Every other tab first: where its rows land is what each 사례 row's 행 위치 says.
  const firstRows = new Map<string, number>();
  for (const { table, rows } of sink.tables.values())
    if (table.name !== T.CASES.name) firstRows.set(table.name, writeRows(spreadsheet, table, rows));
  fillRowIndexes(sink, firstRows);
  const cases = sink.tables.get(T.CASES.name);
  if (cases) writeRows(spreadsheet, cases.table, cases.rows);
  return open;
}

/** Each case row names where its rows went (src/db/row-index.ts), as the add-on's commands keep it. */
function fillRowIndexes(sink: Sink, firstRows: ReadonlyMap<string, number>): void {
  const index = new Map<string, Map<string, number[]>>();
  for (const def of T.CASE_FILE_TABLES) {
    const first = firstRows.get(def.name);
    if (def.name === T.CASES.name || first === undefined) continue;
    const rows = (sink.tables.get(def.name)?.rows ?? []) as { caseNo?: FieldValue }[];
    rows.forEach((row, i) => {
      const tabs = index.get(String(row.caseNo)) ?? new Map<string, number[]>();
      tabs.set(def.name, [...(tabs.get(def.name) ?? []), first + i]);
      index.set(String(row.caseNo), tabs);
    });
  }
  for (const row of (sink.tables.get(T.CASES.name)?.rows ?? []) as unknown as R.CaseRecord[]) {
    const tabs = index.get(String(row.caseNo)) ?? new Map<string, number[]>();
    const complete = T.CASE_FILE_TABLES.filter((def) => def.name !== T.CASES.name).map(
      (def) => [def.name, tabs.get(def.name) ?? []] as const,
    );
    row.rowIndex = encodeRowIndex(new Map(complete), row);
  }
}

/**
 * Each case row holds its due schedule as the add-on's commands store it (src/app/due-schedule.ts),
 * so 오늘 할 일 and the case list read what they would read in a workbook the add-on filled.
 */
function fillDueSchedules(sink: Sink): void {
  const byCase = <Rec>(table: { name: string }) => {
    const groups = new Map<string, Rec[]>();
    for (const row of (sink.tables.get(table.name)?.rows ?? []) as unknown as (Rec & { caseNo: string })[]) {
      const group = groups.get(row.caseNo) ?? [];
      group.push(row);
      groups.set(row.caseNo, group);
    }
    return (caseNo: string) => groups.get(caseNo) ?? [];
  };
  const intakes = byCase<R.IntakeRecord>(T.INTAKES);
  const assessments = byCase<R.AssessmentRecord>(T.ASSESSMENTS);
  const conferences = byCase<R.ConferenceRecord>(T.CONFERENCES);
  const plans = byCase<R.PlanRecord>(T.PLANS);
  const planItems = byCase<R.PlanItemRecord>(T.PLAN_ITEMS);
  const checks = byCase<R.CheckRecord>(T.CHECKS);
  const closures = byCase<R.ClosureRecord>(T.CLOSURES);
  const followUps = byCase<R.FollowUpRecord>(T.FOLLOW_UPS);
  for (const row of (sink.tables.get(T.CASES.name)?.rows ?? []) as unknown as R.CaseRecord[]) {
    const c = row.caseNo;
    const schedule = dueSchedule(
      {
        case: row,
        intakes: intakes(c),
        assessments: assessments(c),
        conferences: conferences(c),
        plans: plans(c),
        planItems: planItems(c),
        checks: checks(c),
        closures: closures(c),
        followUps: followUps(c),
        // The bulk data writes no 활동 기록 (and the default 설정 does not count them).
        activities: [],
      },
      DEFAULT_SETTINGS,
    );
    Object.assign(row, scheduleFields(schedule, DEFAULT_SETTINGS));
  }
}

type Shape = Required<Omit<BulkOptions, 'resourcesPerCase'>>;

/** Every dated event of one case, from intake to its last follow-up (or its latest check). */
function caseEvents(i: number, caseNo: string, opened: string, closed: boolean, o: Shape): Event[] {
  const manager = BULK_MANAGERS[i % BULK_MANAGERS.length] as string;
  const assessed = addDays(opened, 7);
  const consent = addDays(opened, 20);
  // A closed case was checked monthly; an open one has had its checks spread up to today.
  const spacing = closed
    ? 30
    : Math.max(1, Math.min(30, Math.floor(daysBetween(consent, o.today) / (o.checksPerCase + 1))));
  const checkDays = Array.from({ length: o.checksPerCase }, (_, c) => addDays(consent, spacing * (c + 1)));
  const lastCheck = checkDays.at(-1) ?? consent;
  const closedOn = closed ? addDays(lastCheck, 30) : null;
  const advocacy = advocacyActs(i, consent, lastCheck);
  const audit = (sink: Sink, day: string, action: string, detail: string) =>
    sink.push(T.AUDIT, { at: `${day} 10:00:00`, user: manager, caseNo, action, detail });
  const assessmentId = `${caseNo}-S1`;
  const planId = `${caseNo}-P1`;
  const closureId = `${caseNo}-E1`;
  const caseRow: Partial<R.CaseRecord> = {
    caseNo,
    clientName: `${FAMILY[i % 10]}${GIVEN[Math.floor(i / 10) % 10]}`,
    birthDate: addDays('1940-01-01', (i * 37) % 20000),
    phone: `010-0000-${String(i % 10000).padStart(4, '0')}`,
    address: `행복동 ${(i % 200) + 1}-${(i % 7) + 1}`,
    household: i % 3 === 0 ? '독거' : '부부',
    caseType: i % 5 === 0 ? 'highDifficulty' : 'general',
    stage: closed ? 'closed' : 'intervention',
    caseManager: manager,
    openedOn: opened,
    selectedOn: addDays(opened, 12),
    closedOn,
    nextCheckDue: closed ? null : addDays(lastCheck, 30),
    nextReassessmentDue: closed ? null : addMonths(assessed, 12),
    // Each 권익옹호 act saves the case row too (recordAdvocacy's changeCase).
    version: 3 + o.checksPerCase + advocacy.length + (closed ? 1 + o.followUpsPerClosure : 0),
    updatedAt: `${closedOn ?? lastCheck} 10:00:00`,
    updatedBy: manager,
  };

  const events: Event[] = [
    {
      day: opened,
      add: (sink) => {
        // The case row is written when the case is opened, holding what it holds today.
        sink.push(T.CASES, caseRow);
        sink.push(T.INTAKES, {
          caseNo,
          intakeDate: opened,
          discovery: 'outreach',
          presentingProblem: '생계 곤란',
          strengths: '의지가 있음',
          intakeOutcome: 'caseManagementReferral',
          recordedBy: manager,
        });
        audit(sink, opened, '접수', '처리유형: 서비스연계 및 사례관리의뢰');
      },
    },
    {
      day: assessed,
      add: (sink) => {
        sink.push(T.ASSESSMENTS, {
          assessmentId,
          caseNo,
          kind: 'initial',
          assessedOn: assessed,
          supportSystem: '이웃',
          riskLevel: 'medium',
          assessedBy: manager,
        });
        for (const domain of ['economy', 'health'] as const)
          sink.push(T.NEEDS, {
            assessmentId,
            caseNo,
            domain,
            problem: '체납',
            demand: '도움',
            need: '지원 연계',
          });
        audit(sink, assessed, '욕구사정', `${assessmentId}: 경제, 건강`);
      },
    },
    {
      day: consent,
      add: (sink) => {
        sink.push(T.PLANS, {
          planId,
          caseNo,
          consentDate: consent,
          shortTermGoal: '생계 안정',
          createdBy: manager,
        });
        for (let k = 1; k <= o.itemsPerPlan; k++) {
          sink.push(T.PLAN_ITEMS, {
            itemId: `${planId}-${k}`,
            planId,
            caseNo,
            goal: '생계 안정',
            service: ['긴급복지', '도시락 배달', '안부 확인'][(k - 1) % 3] as string,
            priority: k,
            timing: '즉시',
            startDate: consent,
            endDate: addMonths(consent, 6),
            timesPerWeek: 1,
            provider: '주민센터',
            checkMethod: '전화',
            outcome: closed ? 'achieved' : null,
            outcomeOn: closedOn,
          });
        }
        audit(sink, consent, '서비스계획', `${planId}: 항목 ${o.itemsPerPlan}개, 동의일 ${consent}`);
      },
    },
    ...checkDays.map((day, c) => ({
      day,
      add: (sink: Sink) => {
        const checkId = `${caseNo}-C${c + 1}`;
        sink.push(T.CHECKS, {
          checkId,
          caseNo,
          checkedOn: day,
          method: 'phone',
          note: '안부 확인',
          needsChanged: false,
          checkedBy: manager,
        });
        audit(sink, day, '점검', checkId);
      },
    })),
    ...advocacy.map((act, k) => ({
      day: act.on,
      add: (sink: Sink) => {
        const advocacyId = `${caseNo}-A${k + 1}`;
        sink.push(T.ADVOCACY, { advocacyId, caseNo, ...act, recordedBy: manager });
        // The audit row recordAdvocacy writes.
        const gap = act.gapKind ? ` (${GAP_KINDS.label(act.gapKind)})` : '';
        audit(
          sink,
          act.on,
          '권익옹호',
          `${advocacyId}: ${ADVOCACY_LEVELS.label(act.level)}${gap}, ${act.counterpart}`,
        );
      },
    })),
  ];
  if (closedOn) {
    events.push({
      day: closedOn,
      add: (sink) => {
        sink.push(T.CLOSURES, {
          closureId,
          caseNo,
          closedOn,
          reason: 'goalAchieved',
          evaluation: '목표 달성',
          closedBy: manager,
        });
        audit(sink, closedOn, '종결', `${closureId}: 목표달성`);
      },
    });
    for (let f = 1; f <= o.followUpsPerClosure; f++) {
      const dueOn = addDays(closedOn, f === 1 ? 30 : 90 * (f - 1));
      events.push({
        day: dueOn,
        add: (sink) =>
          sink.push(T.FOLLOW_UPS, {
            followUpId: `${closureId}-F${f}`,
            caseNo,
            closureId,
            dueOn,
            contactedOn: dueOn,
            method: 'phone',
            note: '안정적으로 지냄',
            newCrisis: false,
            recordedBy: manager,
          }),
      });
    }
  }
  return events;
}

type AdvocacyAct = Omit<R.AdvocacyRecord, 'advocacyId' | 'caseNo' | 'recordedBy'> & {
  on: string;
  level: NonNullable<R.AdvocacyRecord['level']>;
};

/** Every gap kind, some far more often than others (서비스 부재 one act in four). */
const GAP_MIX: readonly GapKind[] = [
  'noService',
  'capacity',
  'cost',
  'noService',
  'eligibility',
  'access',
  'noService',
  'capacity',
  'coordination',
  'information',
  'cost',
  'other',
];

/**
 * The 권익옹호 acts of case `i`: the 고난도 cases (one in five) have one, every other of them two,
 * dated a third and two thirds of the way from the plan's consent to the last check, so they fall
 * while the case is managed and before the case row's 최종 수정. One act in three is 서비스체계
 * 개선, its gap kind taken in turn from GAP_MIX, so some kinds recur more than others, as a
 * 빈틈 보고서 would show them.
 */
function advocacyActs(i: number, consent: string, lastCheck: string): AdvocacyAct[] {
  if (i % 5 !== 0) return [];
  const acts = i % 10 === 0 ? 2 : 1;
  const span = daysBetween(consent, lastCheck);
  return Array.from({ length: acts }, (_, k): AdvocacyAct => {
    const on = addDays(consent, Math.floor(((k + 1) * span) / 3));
    const n = i / 5 + k;
    if (n % 3 !== 0)
      return {
        on,
        level: 'client',
        counterpart: n % 3 === 1 ? '집주인' : '행복구청 급여팀',
        action: n % 3 === 1 ? '수리 일정 조율' : '급여 중지 결정에 이의 제기',
        outcome: '받아들여짐',
        gapKind: null,
      };
    const gapKind = GAP_MIX[(n / 3) % GAP_MIX.length] as GapKind;
    return {
      on,
      level: 'system',
      counterpart: '행복구청 복지정책과',
      action: '주말 끼니 지원이 없는 공백을 통합사례회의 안건으로 제기',
      outcome: '검토 중',
      gapKind,
    };
  });
}

function resourceEvent(k: number, day: string): Event {
  return {
    day,
    add: (sink) =>
      sink.push(T.RESOURCES, {
        resourceId: `R-${String(k).padStart(4, '0')}`,
        name: `자원 ${k}`,
        kind: (['human', 'material', 'relational'] as const)[k % 3],
        sector: k % 2 === 0 ? 'public' : 'private',
        category: '생활지원',
        provider: `행복복지관 ${k}`,
        description: '반찬 나눔',
        contact: `02-000-${String(k % 10000).padStart(4, '0')}`,
        area: '행복동',
        capacity: '여유 있음',
        contactPerson: '박담당',
        notes: '내부 메모',
        status: 'active',
        shareable: k % 4 !== 0,
        verifiedOn: day,
        version: 1,
        updatedAt: `${day} 10:00:00`,
      }),
  };
}

/**
 * Appends `rows` to the table's tab below its last row holding a value in its first column (a
 * checkbox column reads FALSE down to the last row, so `getLastRow` cannot tell). Columns past the
 * header are deleted first: a 10 000-case workbook only fits Sheets' 10 M cells with tight tabs,
 * as a real one would have to.
 */
function writeRows(spreadsheet: Spreadsheet, table: Table<unknown>, rows: Row[]): number {
  const sheet = spreadsheet.getSheetByName(table.name);
  if (!sheet) throw new Error(`bulk data: no tab ${table.name} (run setupWorkbook first)`);
  const columns = Object.entries(table.columns) as [string, { header: string; type: ColumnType }][];
  const scan = Math.min(HEADER_SCAN_ROWS, sheet.getMaxRows());
  const top = sheet.getRange(1, 1, scan, sheet.getLastColumn()).getValues();
  const header = findHeaderRow(
    top,
    columns.map(([, c]) => c.header),
  );
  if (!header) throw new Error(`bulk data: no header row in ${table.name}`);
  const width = header.cells.length;
  if (sheet.getMaxColumns() > width) sheet.deleteColumns(width + 1, sheet.getMaxColumns() - width);

  const keyColumn = header.cells.indexOf(columns[0]?.[1].header ?? '') + 1;
  const below = sheet.getMaxRows() - header.rowNumber;
  const keys = below > 0 ? sheet.getRange(header.rowNumber + 1, keyColumn, below, 1).getValues() : [];
  let used = keys.length;
  while (used > 0 && keys[used - 1]?.[0] === '') used--;
  const first = header.rowNumber + used + 1;
  const last = first + rows.length - 1;
  if (last > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());

  const byPosition = header.cells.map((name) => columns.find(([, c]) => c.header === name));
  const formats = byPosition.map((column) => (column ? numberFormatOf(column[1].type) : 'General'));
  const values: CellValue[][] = rows.map((row) =>
    byPosition.map((column) => (column ? toCell(column[1].type, row[column[0]]) : '')),
  );
  const block = sheet.getRange(first, 1, rows.length, width);
  block.setNumberFormats(rows.map(() => formats));
  block.setValues(values);
  return first;
}
