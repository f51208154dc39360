import { formatCaseNo, nextCaseNo } from '../domain/case-number';
import { addDays } from '../domain/dates';
import { INTAKE_OUTCOMES } from '../domain/vocabulary';
import { intakeInputAsOf } from '../domain/schemas';
import { parseInput } from '../domain/validation';
import { CASE_FIELDS } from '../domain/fields-catalogue';
import { assertAssistant, assertKnownStaff } from '../domain/staff';
import { findRows } from '../db/table';
import { CASES, INTAKES, STAFF } from '../db/tables';
import { UserError } from '../domain/validation';
import { similarCases } from './similar-clients';
import { todayOf, type AppContext } from './context';
import { loadSettings } from './case-rows';
import { inTransaction, type UnitOfWork } from './unit-of-work';

const LAST_CASE_NO = 'lastCaseNumber';

/**
 * 접수·초기상담. Only 서비스연계 및 사례관리의뢰 opens a case for management; the other outcomes are
 * recorded and end at intake.
 */
export function saveIntake(ctx: AppContext, payload: unknown): { caseNo: string } {
  const input = parseInput(intakeInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    // The same draft sent again (a slow save, a second click, a retry): the case it already opened.
    if (input.draftKey) {
      const saved = findRows(work.layout(INTAKES), 'intakeKey', input.draftKey).rows[0];
      if (saved) return { caseNo: saved.record.caseNo };
    }
    // A sidebar draft (it always has a key) is checked for the same resident; a script importing
    // in bulk without a key asks findSimilarClients itself.
    const confirmed = new Set(input.notDuplicateOf ?? []);
    const unconfirmed = input.draftKey
      ? similarCases(work, input.client).filter((m) => !confirmed.has(m.caseNo))
      : [];
    if (unconfirmed.length > 0)
      throw new UserError(
        `같은 사람으로 보이는 사례가 있어 접수하지 않았습니다: ${unconfirmed
          .map(
            (m) =>
              `${m.caseNo} ${m.clientName} (${m.birthDate ?? '생년월일 없음'}, ${m.stageLabel}; 같은 ${m.because})`,
          )
          .join(
            ', ',
          )}. 같은 사람이면 그 사례를 여세요. 다른 사람이면 '다른 사람입니다'를 확인한 뒤 다시 저장하세요.`,
      );
    const settings = loadSettings(work);
    const caseManager = input.caseManager ?? work.user;
    const staff = work.rows(STAFF).map((r) => r.record);
    assertKnownStaff(staff, caseManager, CASE_FIELDS.caseManager.label);
    const assistant = input.assistant ?? '';
    if (assistant) assertAssistant(staff, assistant, caseManager);
    const year = Number(input.intakeDate.slice(0, 4));
    const lastIssued = parseLastIssued(ctx.properties.get(LAST_CASE_NO));
    const caseNo = issueCaseNo(work, settings.casePrefix, year, lastIssued);
    const managed = input.intakeOutcome === 'caseManagementReferral';
    work.append(CASES, {
      caseNo,
      clientName: input.client.name,
      birthDate: input.client.birthDate,
      phone: input.client.phone ?? '',
      address: input.client.address ?? '',
      household: input.client.household ?? '',
      householdNo: '',
      caseType: input.caseType ?? 'general',
      stage: managed ? 'intake' : 'endedAtIntake',
      caseManager,
      assistant,
      openedOn: input.intakeDate,
      selectedOn: null,
      closedOn: managed ? null : input.intakeDate,
      nextCheckDue: null,
      nextReassessmentDue: managed ? addDays(input.intakeDate, settings.intakeToAssessmentDays) : null,
      dueSchedule: '',
      rowIndex: '',
      version: 1,
      updatedAt: work.timestamp,
      updatedBy: work.user,
    });
    work.append(INTAKES, {
      caseNo,
      intakeDate: input.intakeDate,
      discovery: input.discovery,
      presentingProblem: input.presentingProblem,
      potentialProblems: input.potentialProblems ?? '',
      strengths: input.strengths ?? '',
      weaknesses: input.weaknesses ?? '',
      intakeOutcome: input.intakeOutcome,
      recordedBy: work.user,
      intakeKey: input.draftKey ?? '',
    });
    work.audit(
      caseNo,
      '접수',
      `처리유형: ${INTAKE_OUTCOMES.label(input.intakeOutcome)}; 담당: ${caseManager}` +
        (assistant ? `; ${CASE_FIELDS.assistant.label}: ${assistant}` : '') +
        (confirmed.size > 0 ? `; 다른 사람으로 확인: ${[...confirmed].join(', ')}` : ''),
    );
    work.afterCommit(() => ctx.properties.set(LAST_CASE_NO, JSON.stringify({ year, caseNo })));
    return { caseNo };
  });
}

/**
 * The number after the last one issued, checked against the sheet by one search of the 관리번호
 * column, so issuing a number costs the same at 100 or 10 000 cases. Without a remembered number,
 * or when the sheet already holds it (typed by hand), the whole column decides.
 */
function issueCaseNo(
  work: UnitOfWork,
  prefix: string,
  year: number,
  lastIssued: { year: number; sequence: number } | null,
): string {
  if (lastIssued) {
    const candidate = formatCaseNo({
      prefix,
      year,
      sequence: lastIssued.year === year ? lastIssued.sequence + 1 : 1,
    });
    if (work.caseRows(CASES, candidate).length === 0) return candidate;
  }
  return nextCaseNo(prefix, year, work.column(CASES, 'caseNo').map(String), lastIssued);
}

function parseLastIssued(text: string | null): { year: number; sequence: number } | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as { year?: unknown; caseNo?: unknown };
    const sequence = Number(
      String(parsed.caseNo ?? '')
        .split('-')
        .pop(),
    );
    return typeof parsed.year === 'number' && Number.isInteger(sequence)
      ? { year: parsed.year, sequence }
      : null;
  } catch {
    return null;
  }
}
