/**
 * One zod kit (src/domain/zod-kit.ts) behind every input schema: the same field refuses the same
 * way whichever function it belongs to. Before, four copies differed (a Korean label accepted by one
 * and refused by another, an unknown key echoed whole by three of them).
 */
import { fieldErrors, parseInput } from '../../../src/domain/validation';
import { intakeInput } from '../../../src/domain/schemas';
import { saveResourceInput } from '../../../src/domain/resources/schemas';
import { generateCaseDocumentInput } from '../../../src/domain/documents/input';
import { todayListInput } from '../../../src/domain/reminder-schemas';
import * as P from '../../../dev/payloads';

describe('one zod kit', () => {
  it('a choice may be given as its Korean label, in case forms as in resources', () => {
    const intake = parseInput(
      intakeInput,
      P.intake({ discovery: '아웃리치', intakeOutcome: '복지급여 신청' }),
    );
    expect(intake.discovery).toBe('outreach');
    expect(intake.intakeOutcome).toBe('benefitApplication');
    const resource = parseInput(saveResourceInput, { name: '행복 반찬', kind: '물적', sector: '민간' });
    expect([resource.kind, resource.sector]).toEqual(['material', 'private']);
  });

  it('an unknown long key is named shortly by every schema', () => {
    const key = 'x'.repeat(5000);
    for (const [schema, payload] of [
      [intakeInput, P.intake()],
      [saveResourceInput, { name: '행복 반찬', kind: 'material' }],
      [generateCaseDocumentInput, { caseNo: '행복-2026-0001', form: 'plan' }],
      [todayListInput, {}],
    ] as const) {
      let message = '';
      try {
        parseInput(schema, { ...payload, [key]: 1 });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^알 수 없는 항목이 있습니다: x{30}…$/);
    }
  });

  it('an empty required date reads as missing, not as badly written', () => {
    expect(fieldErrors(intakeInput, P.intake({ intakeDate: '' }))).toMatchObject({
      intakeDate: '접수일: 필수 항목입니다.',
    });
  });
});
