/** 사례회의 / 통합사례회의 / 내부판정회의 and what it decided. */
import { withParticle } from '../../../domain/korean';
import { conferenceInput } from '../../../domain/schemas';
import { CASE_TYPES, CONFERENCE_KINDS, SELECTION_DECISIONS } from '../../../domain/vocabulary';
import { useShell } from '../../context';
import { DateField, FormShell, optionsOf, RadioGroup, SelectField, TextArea } from '../../form';
import * as P from '../../payloads';
import { shellProps, useCaseForm, type CaseFormProps } from './shared';

export function ConferenceForm(props: CaseFormProps) {
  const { today } = useShell();
  const form = useCaseForm(props, 'conference', 'recordConference', {
    initial: () => P.conferenceValues(today),
    schema: conferenceInput,
    toPayload: P.conferencePayload,
    message: (r, p) =>
      `${withParticle(CONFERENCE_KINDS.label(p.kind), '을')} 기록했습니다 (${r.conferenceId}): ${SELECTION_DECISIONS.label(p.decision)}.`,
  });
  return (
    <FormShell form={form} {...shellProps(props, 'conference')}>
      <SelectField path="kind" label="회의 구분" required options={optionsOf(CONFERENCE_KINDS)} />
      <DateField path="heldOn" label="회의일" required />
      <RadioGroup path="decision" label="결정" required options={optionsOf(SELECTION_DECISIONS)} />
      <SelectField
        path="caseType"
        label="사례 유형"
        placeholder="변경 없음"
        options={optionsOf(CASE_TYPES)}
      />
      <TextArea path="attendees" label="참석자" rows={2} />
      <TextArea path="notes" label="회의 내용" />
    </FormShell>
  );
}
