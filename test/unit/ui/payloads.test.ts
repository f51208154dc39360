import {
  assessmentInput,
  checkInput,
  closeInput,
  conferenceInput,
  consentInput,
  followUpInput,
  intakeInput,
  planInput,
  reassignInput,
  reopenInput,
} from '../../../src/domain/schemas';
import { fieldErrors } from '../../../src/domain/validation';
import * as P from '../../../src/ui/payloads';
import type { CaseFileView } from '../../../src/ui/api';

const ctx = { caseNo: '행복-2026-0001', version: 3 };
const today = '2026-03-10';

describe('form values → payloads the server schemas accept', () => {
  it('intake: blank form names the required fields; a filled form passes; optional blanks are left out', () => {
    const blank = P.intakeValues(today);
    expect(Object.keys(fieldErrors(intakeInput, P.intakePayload(blank))).sort()).toEqual(
      ['client.birthDate', 'client.name', 'discovery', 'intakeOutcome', 'presentingProblem'].sort(),
    );
    const filled: P.IntakeValues = {
      ...blank,
      client: { ...blank.client, name: '=홍길동 ', birthDate: '1960-05-05', phone: '010-0000-0000' },
      discovery: 'walkIn',
      presentingProblem: '월세 체납',
      intakeOutcome: 'caseManagementReferral',
    };
    const payload = P.intakePayload(filled);
    expect(fieldErrors(intakeInput, payload)).toEqual({});
    expect(payload.client.name).toBe('=홍길동 '); // stored exactly as typed
    expect('caseManager' in JSON.parse(JSON.stringify(payload))).toBe(false);
  });

  it('assessment: rows and the version go along; a blank row is named by its index', () => {
    const v = P.assessmentValues(today, null, 'initial');
    expect(fieldErrors(assessmentInput, P.assessmentPayload(v, ctx, 'initial'))).toEqual({
      'needs.0.domain': expect.stringContaining('생활 영역'),
      'needs.0.need': '욕구: 필수 항목입니다.',
    });
    v.needs[0] = { ...v.needs[0]!, domain: 'housing', need: '주거비 지원' };
    const payload = P.assessmentPayload(v, ctx, 'initial');
    expect(fieldErrors(assessmentInput, payload)).toEqual({});
    expect(payload.version).toBe(3);
    expect(payload.needs[0]).not.toHaveProperty('key');
    expect(payload).not.toHaveProperty('riskLevel', '');
  });

  it('reassessment starts from the latest assessment', () => {
    const file = {
      assessments: [
        {
          needs: [{ domain: 'health', problem: 'p', demand: 'd', need: 'n' }],
          strengths: 's',
          supportSystem: '',
          functionalEvaluation: '',
          riskLevel: 'high',
        },
      ],
    } as unknown as CaseFileView;
    const v = P.assessmentValues(today, file, 're');
    expect(v.needs.map((n) => n.need)).toEqual(['n']);
    expect(v.riskLevel).toBe('high');
    expect(fieldErrors(assessmentInput, P.assessmentPayload(v, ctx, 're'))).toEqual({});
  });

  it('plan: numbers from text, blank numbers and dates left out or empty, end before start refused', () => {
    const v = P.planValues(today);
    v.shortTermGoal = '체납 해소';
    v.items[0] = { ...v.items[0]!, goal: 'g', service: 's', timesPerWeek: '2.5', endDate: '2026-01-01' };
    expect(fieldErrors(planInput, P.planPayload(v, ctx))).toEqual({
      'items.0.endDate': '서비스 종료일자: 시작일자보다 빠를 수 없습니다.',
    });
    v.items[0]!.endDate = '';
    const payload = P.planPayload(v, ctx);
    expect(fieldErrors(planInput, payload)).toEqual({});
    expect(payload.items[0]!.priority).toBe(1);
    expect(payload.items[0]!.timesPerWeek).toBe(2.5);
    v.items[0]!.priority = '';
    expect(P.planPayload(v, ctx).items[0]!.priority).toBeUndefined();
  });

  it('check: only changed items are sent; errors map back to the item’s select', () => {
    const v = P.checkValues(today, ['P1-1', 'P1-2']);
    v.method = 'phone';
    v.note = '통화';
    v.outcomes['P1-2'] = 'achieved';
    const payload = P.checkPayload(v, ctx);
    expect(payload.itemOutcomes).toEqual([{ itemId: 'P1-2', outcome: 'achieved' }]);
    expect(fieldErrors(checkInput, payload)).toEqual({});
    v.outcomes['P1-2'] = 'bogus';
    const errors = fieldErrors(checkInput, P.checkPayload(v, ctx));
    expect(Object.keys(P.checkErrorsToFields(errors, v))).toEqual(['outcomes.P1-2']);
  });

  it('the other forms', () => {
    expect(Object.keys(fieldErrors(closeInput, P.closePayload(P.closeValues(today), ctx)))).toEqual([
      'reason',
    ]);
    expect(fieldErrors(closeInput, P.closePayload({ ...P.closeValues(today), reason: 'died' }, ctx))).toEqual(
      {},
    );
    expect(
      Object.keys(fieldErrors(conferenceInput, P.conferencePayload(P.conferenceValues(today), ctx))),
    ).toEqual(['decision']);
    expect(
      fieldErrors(
        conferenceInput,
        P.conferencePayload({ ...P.conferenceValues(today), decision: 'selected' }, ctx),
      ),
    ).toEqual({});
    const consent = { ...P.consentValues(today), recipient: '복지관', items: '성명', purpose: '연계' };
    expect(fieldErrors(consentInput, P.consentPayload(consent, ctx))).toEqual({});
    const followUp = { ...P.followUpValues(today), method: 'phone', note: '잘 지냄' };
    expect(fieldErrors(followUpInput, P.followUpPayload(followUp, ctx))).toEqual({});
    expect(Object.keys(fieldErrors(reopenInput, P.reopenPayload(P.reopenValues(today), ctx)))).toEqual([
      'reason',
    ]);
    expect(fieldErrors(reassignInput, P.reassignPayload({ caseManager: ' lee@dong.example ' }, 'X'))).toEqual(
      {},
    );
  });
});
