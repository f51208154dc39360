/** 사후관리: a contact after closure, filling the earliest scheduled one. */
import { asked } from '../../../domain/fields';
import { FOLLOW_UP_FIELDS as F } from '../../../domain/fields-catalogue';
import { followUpInput } from '../../../domain/schemas';
import { CHECK_METHODS } from '../../../domain/vocabulary';
import { dueInfo } from '../../cases';
import { useShell } from '../../context';
import { CheckboxField, DateField, FormShell, optionsOf, SelectField, TextArea } from '../../form';
import * as P from '../../payloads';
import { shellProps, useCaseForm, type CaseFormProps } from './shared';

export function FollowUpForm(props: CaseFormProps) {
  const { today } = useShell();
  const form = useCaseForm(props, 'followUp', 'recordFollowUp', {
    initial: () => P.followUpValues(today),
    schema: followUpInput,
    toPayload: P.followUpPayload,
    message: (r, p) =>
      '사후관리를 기록했습니다. ' +
      (r.remaining > 0 ? `남은 사후관리 ${r.remaining}회.` : '사후관리를 모두 마쳤습니다.') +
      (p.newCrisis ? ' 새 위기가 있으면 사례 재개를 검토하세요.' : ''),
  });
  const next = props.file.followUps.filter((f) => !f.contactedOn && f.dueOn).map((f) => f.dueOn as string);
  const due = dueInfo(next[0], today);
  return (
    <FormShell
      form={form}
      {...shellProps(props, 'followUp')}
      intro={
        <p class="hint">
          {next.length > 0
            ? `예정된 사후관리: ${next.join(', ')}${due.text ? ` (가장 가까운 날: ${due.text})` : ''}. 이번 연락은 가장 이른 예정에 기록됩니다.`
            : '예정된 사후관리가 없습니다. 추가 연락으로 기록됩니다.'}
        </p>
      }
    >
      <DateField path="contactedOn" {...asked(F.contactedOn)} required />
      <SelectField
        path="method"
        {...asked(F.method)}
        required
        placeholder="선택하세요"
        options={optionsOf(CHECK_METHODS)}
      />
      <TextArea path="note" {...asked(F.note)} required />
      <CheckboxField path="newCrisis" {...asked(F.newCrisis)} />
    </FormShell>
  );
}
