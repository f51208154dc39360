/** 사례회의 / 통합사례회의 / 내부판정회의 and what it decided. */
import { asked } from '../../../domain/fields';
import { CONFERENCE_FIELDS as M } from '../../../domain/fields-catalogue';
import { withParticle } from '../../../domain/korean';
import { conferenceInput } from '../../../domain/schemas';
import { CASE_TYPES, CONFERENCE_KINDS, SELECTION_DECISIONS } from '../../../domain/vocabulary';
import { CONFERENCE_DECISIONS, decisionsFor } from '../../../domain/workflow';
import { useShell } from '../../context';
import { DateField, FormShell, optionsOf, RadioGroup, SelectField, TextArea } from '../../form';
import * as P from '../../payloads';
import { shellProps, useCaseForm, type CaseFormProps } from './shared';

export function ConferenceForm(props: CaseFormProps) {
  const { today } = useShell();
  const selected = Boolean(props.file.selectedOn);
  const form = useCaseForm(props, 'conference', 'recordConference', {
    initial: () => P.conferenceValues(today),
    schema: conferenceInput,
    toPayload: P.conferencePayload,
    message: (r, p) =>
      `${withParticle(CONFERENCE_KINDS.label(p.kind), '을')} 기록했습니다: ${SELECTION_DECISIONS.label(p.decision)}.`,
  });
  return (
    <FormShell form={form} {...shellProps(props, 'conference')}>
      <SelectField path="kind" {...asked(M.kind)} required options={optionsOf(CONFERENCE_KINDS)} />
      <DateField path="heldOn" {...asked(M.heldOn)} required />
      <RadioGroup
        path="decision"
        label={M.decision.label}
        required
        hint={
          selected
            ? `${props.file.selectedOn}에 선정된 사례입니다: 회의에서 정한 것을 고르세요.`
            : '아직 선정하지 않은 사례입니다.'
        }
        options={decisionsFor(selected).map((d) => ({
          value: d,
          label: SELECTION_DECISIONS.label(d),
          hint: CONFERENCE_DECISIONS[d].hint,
        }))}
      />
      <SelectField
        path="caseType"
        {...asked(M.caseType)}
        placeholder="변경 없음"
        options={optionsOf(CASE_TYPES)}
      />
      <TextArea path="attendees" {...asked(M.attendees)} rows={2} />
      <TextArea path="notes" {...asked(M.notes)} />
    </FormShell>
  );
}
