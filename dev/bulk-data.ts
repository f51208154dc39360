/**
 * Fills a workbook with `count` realistic, fictional open cases in one batched write per table,
 * through the add-on's own table definitions. Used where thousands of cases are needed fast: the
 * cost tests and the benchmark. (The preview's demo data goes through the contract functions.)
 */
import { addDays, addMonths } from '../src/domain/dates';
import type * as R from '../src/domain/records';
import { appendToTable } from '../src/db/table';
import * as T from '../src/db/tables';

const FAMILY = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'];
const GIVEN = ['하늘', '민준', '서연', '영호', '순자', '지우', '도윤', '미숙', '정희', '태식'];
const MANAGERS = ['kim.sw@dong.example', 'lee.sw@dong.example', 'park.sw@dong.example'];

export interface BulkOptions {
  /** Day the data is "as of": cases were opened in the year before it. */
  today: string;
  checksPerCase?: number;
}

export function fillWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  count: number,
  options: BulkOptions,
) {
  const checksPerCase = options.checksPerCase ?? 2;
  const cases: R.CaseRecord[] = [];
  const intakes: R.IntakeRecord[] = [];
  const assessments: R.AssessmentRecord[] = [];
  const needs: R.NeedRecord[] = [];
  const plans: R.PlanRecord[] = [];
  const items: R.PlanItemRecord[] = [];
  const checks: R.CheckRecord[] = [];
  const year = Number(options.today.slice(0, 4)) - 1;
  for (let i = 0; i < count; i++) {
    const caseNo = `행복-${year}-${String(i + 1).padStart(5, '0')}`;
    const opened = addDays(`${year}-01-01`, i % 300);
    const assessed = addDays(opened, 7);
    const consent = addDays(opened, 20);
    const lastCheck = addDays(consent, 30 * checksPerCase);
    const manager = MANAGERS[i % MANAGERS.length] as string;
    cases.push({
      caseNo,
      clientName: `${FAMILY[i % 10]}${GIVEN[Math.floor(i / 10) % 10]}`,
      birthDate: addDays('1940-01-01', (i * 37) % 20000),
      phone: `010-0000-${String(i % 10000).padStart(4, '0')}`,
      address: `행복동 ${(i % 200) + 1}-${(i % 7) + 1}`,
      household: i % 3 === 0 ? '독거' : '부부',
      caseType: i % 5 === 0 ? 'highDifficulty' : 'general',
      stage: 'intervention',
      caseManager: manager,
      openedOn: opened,
      selectedOn: addDays(opened, 12),
      closedOn: null,
      nextCheckDue: addDays(lastCheck, 30),
      nextReassessmentDue: addMonths(assessed, 12),
      version: 3 + checksPerCase,
      updatedAt: `${lastCheck} 10:00:00`,
      updatedBy: manager,
    });
    intakes.push({
      caseNo,
      intakeDate: opened,
      discovery: 'outreach',
      presentingProblem: '생계 곤란',
      potentialProblems: '',
      strengths: '의지가 있음',
      weaknesses: '',
      intakeOutcome: 'caseManagementReferral',
      recordedBy: manager,
    });
    const assessmentId = `${caseNo}-S1`;
    assessments.push({
      assessmentId,
      caseNo,
      kind: 'initial',
      assessedOn: assessed,
      strengths: '',
      supportSystem: '이웃',
      functionalEvaluation: '',
      riskLevel: 'medium',
      assessedBy: manager,
    });
    needs.push({
      assessmentId,
      caseNo,
      domain: 'economy',
      problem: '체납',
      demand: '도움',
      need: '긴급지원 연계',
    });
    const planId = `${caseNo}-P1`;
    plans.push({
      planId,
      caseNo,
      consentDate: consent,
      shortTermGoal: '생계 안정',
      longTermGoal: '',
      createdBy: manager,
    });
    items.push({
      itemId: `${planId}-1`,
      planId,
      caseNo,
      goal: '생계 안정',
      service: '긴급복지',
      priority: 1,
      timing: '즉시',
      startDate: consent,
      endDate: addMonths(consent, 6),
      timesPerWeek: 1,
      provider: '주민센터',
      providerContact: '',
      checkMethod: '전화',
      resourceId: '',
      outcome: null,
      outcomeOn: null,
    });
    for (let c = 1; c <= checksPerCase; c++) {
      checks.push({
        checkId: `${caseNo}-C${c}`,
        caseNo,
        checkedOn: addDays(consent, 30 * c),
        method: 'phone',
        note: '안부 확인',
        needsChanged: false,
        itemOutcomes: '',
        checkedBy: manager,
      });
    }
  }
  appendToTable(spreadsheet, T.CASES, cases);
  appendToTable(spreadsheet, T.INTAKES, intakes);
  appendToTable(spreadsheet, T.ASSESSMENTS, assessments);
  appendToTable(spreadsheet, T.NEEDS, needs);
  appendToTable(spreadsheet, T.PLANS, plans);
  appendToTable(spreadsheet, T.PLAN_ITEMS, items);
  appendToTable(spreadsheet, T.CHECKS, checks);
  return cases.map((c) => c.caseNo);
}
