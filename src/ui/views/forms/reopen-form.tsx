/** 사례 재개: back to 욕구사정 with a reassessment due. */
import { asked } from '../../../domain/fields';
import { CLOSURE_FIELDS as CL } from '../../../domain/fields-catalogue';
import { reopenInput } from '../../../domain/schemas';
import { useShell } from '../../context';
import { DateField, FormShell, TextArea } from '../../form';
import * as P from '../../payloads';
import { shellProps, useCaseForm, type CaseFormProps } from './shared';

export function ReopenForm(props: CaseFormProps) {
  const { today } = useShell();
  const form = useCaseForm(props, 'reopen', 'reopenCase', {
    initial: () => P.reopenValues(today),
    schema: reopenInput,
    toPayload: P.reopenPayload,
    message: () => '사례를 재개했습니다. 재사정을 진행하세요.',
  });
  return (
    <FormShell
      form={form}
      {...shellProps(props, 'reopen')}
      intro={<p class="hint">재개하면 욕구사정 단계로 돌아가고, 재개일에 재사정 기한이 잡힙니다.</p>}
      submitLabel="재개 저장"
    >
      <DateField path="reopenedOn" {...asked(CL.reopenedOn)} required />
      <TextArea path="reason" {...asked(CL.reopenReason)} required />
    </FormShell>
  );
}
