/**
 * The field catalogue (src/domain/fields-catalogue.ts) is the one place a case-record field's label
 * and limit live: the input schemas refuse with that label, at that limit; the sheet's columns carry
 * its header; and a record key without a catalogue entry does not compile.
 */
import type { z } from 'zod';
import { ADVOCACY, ALL_TABLES, ASSESSMENTS, CASES, INTAKES, PLAN_ITEMS } from '../../../src/db/tables';
import { columnKeys } from '../../../src/db/table';
import { field, headerOf, type Catalogue, type FieldDef } from '../../../src/domain/fields';
import {
  ACTIVITY_FIELDS,
  ADVOCACY_FIELDS,
  ASSESSMENT_FIELDS,
  CASE_FIELDS,
  REFERRAL_RECORD_FIELDS,
  INTAKE_FIELDS,
  PLAN_FIELDS,
  PLAN_ITEM_FIELDS,
} from '../../../src/domain/fields-catalogue';
import {
  activityInput,
  advocacyInput,
  assessmentInput,
  intakeInput,
  planInput,
  updateClientInput,
} from '../../../src/domain/schemas';
import { referClientInput } from '../../../src/domain/resources/schemas';
import * as P from '../../../dev/payloads';

/** The first message zod gives for the payload, or null when it is accepted. */
function refusal(schema: z.ZodType, payload: unknown): string | null {
  const result = schema.safeParse(payload);
  return result.success ? null : (result.error.issues[0]?.message ?? '');
}

type Probe = [name: string, def: FieldDef, schema: z.ZodType, withText: (text: string) => unknown];

const PROBES: Probe[] = [
  [
    '대상자 이름',
    CASE_FIELDS.clientName,
    intakeInput,
    (t) => P.intake({ client: { ...P.intake().client, name: t } }),
  ],
  ['연락처', CASE_FIELDS.phone, updateClientInput, (t) => ({ caseNo: '2026-001', version: 1, phone: t })],
  [
    '가구 상황',
    CASE_FIELDS.household,
    intakeInput,
    (t) => P.intake({ client: { ...P.intake().client, household: t } }),
  ],
  ['주 호소 문제', INTAKE_FIELDS.presentingProblem, intakeInput, (t) => P.intake({ presentingProblem: t })],
  [
    '기능평가',
    ASSESSMENT_FIELDS.functionalEvaluation,
    assessmentInput,
    (t) => P.assessment('2026-001', { functionalEvaluation: t }),
  ],
  ['단기 성과목표', PLAN_FIELDS.shortTermGoal, planInput, (t) => P.plan('2026-001', { shortTermGoal: t })],
  [
    '개입시기',
    PLAN_ITEM_FIELDS.timing,
    planInput,
    (t) => P.plan('2026-001', { items: [{ ...P.plan('2026-001').items[0], timing: t }] }),
  ],
  [
    '참여자',
    ACTIVITY_FIELDS.participants,
    activityInput,
    (t) => ({
      caseNo: '2026-001',
      on: '2026-03-02',
      kind: 'counselling',
      content: '전화 상담',
      participants: t,
    }),
  ],
  [
    '상대 (기관·사람)',
    ADVOCACY_FIELDS.counterpart,
    advocacyInput,
    (t) => ({
      caseNo: '2026-001',
      on: '2026-03-02',
      level: 'client',
      counterpart: t,
      action: '이의신청 동행',
    }),
  ],
  [
    '의뢰 목적',
    REFERRAL_RECORD_FIELDS.purpose,
    referClientInput,
    (t) => ({
      caseNo: '2026-001',
      referredOn: '2026-03-02',
      recipient: '행복복지관',
      fields: ['name'],
      purpose: t,
    }),
  ],
];

describe('the input schemas speak the catalogue', () => {
  it.each(PROBES)(
    '%s: accepted up to its limit, refused past it in its own words',
    (_, def, schema, withText) => {
      const limit = def.limit ?? 5000;
      expect(refusal(schema, withText('가'.repeat(limit)))).toBeNull();
      expect(refusal(schema, withText('가'.repeat(limit + 1)))).toBe(
        `${def.label}: ${limit.toLocaleString('ko-KR')}자 이내로 입력하세요.`,
      );
    },
  );

  it('names a missing required field by its catalogue label', () => {
    expect(refusal(intakeInput, P.intake({ presentingProblem: ' ' }))).toBe(
      `${INTAKE_FIELDS.presentingProblem.label}: 필수 항목입니다.`,
    );
    expect(refusal(intakeInput, P.intake({ discovery: '모름' }))).toMatch(
      new RegExp(`^${INTAKE_FIELDS.discovery.label}: 내방, 가족 요청,`),
    );
  });
});

describe('the tables are built from the catalogue', () => {
  it('gives each case-record column the catalogue header, keeping the sheet’s own names', () => {
    expect(CASES.columns.clientName.header).toBe('대상자명');
    expect(CASE_FIELDS.clientName.label).toBe('대상자 이름');
    expect(ASSESSMENTS.columns.functionalEvaluation.header).toBe(
      headerOf(ASSESSMENT_FIELDS.functionalEvaluation),
    );
    expect(PLAN_ITEMS.columns.resourceId.header).toBe('자원번호');
    // The schema says 권익옹호 수준 in its messages; the sheet has always called the column 수준.
    expect(ADVOCACY.columns.level.header).toBe('수준');
    expect(ADVOCACY_FIELDS.level.label).toBe('권익옹호 수준');
    expect(columnKeys(INTAKES)).toEqual(Object.keys(INTAKE_FIELDS));
  });

  it('never gives two columns of one tab the same header (columns are found by it)', () => {
    for (const table of ALL_TABLES) {
      const headers = Object.values(table.columns).map((c) => (c as { header: string }).header);
      expect(new Set(headers).size).toBe(headers.length);
    }
  });

  it('does not compile a catalogue that forgets a field of its record', () => {
    interface TwoFields {
      name: string;
      note: string;
    }
    // @ts-expect-error 'note' is in the record and not in the catalogue.
    const forgotten: Catalogue<TwoFields> = { name: field.text('이름') };
    expect(Object.keys(forgotten)).toEqual(['name']);
  });
});
