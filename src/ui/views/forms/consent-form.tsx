/** 제3자 정보제공 동의, one per recipient. */
import { consentInput } from '../../../domain/schemas';
import { useShell } from '../../context';
import { DateField, FormShell, TextArea, TextField } from '../../form';
import * as P from '../../payloads';
import { shellProps, useCaseForm, type CaseFormProps } from './shared';

export function ConsentForm(props: CaseFormProps) {
  const { today } = useShell();
  const form = useCaseForm(props, 'consent', 'recordConsent', {
    initial: () => P.consentValues(today),
    schema: consentInput,
    toPayload: P.consentPayload,
    message: (r, p) => `정보제공 동의를 기록했습니다: ${p.recipient}.`,
  });
  const existing = props.file.consents.map((c) => c.recipient).filter(Boolean);
  return (
    <FormShell
      form={form}
      {...shellProps(props, 'consent')}
      intro={
        <p class="hint">
          정보를 받는 기관마다 따로 기록합니다. 당사자가 동의한 최소한의 정보만 제공합니다.
          {existing.length > 0 ? ` 이미 동의한 기관: ${existing.join(', ')}.` : ''}
        </p>
      }
    >
      <DateField path="consentedOn" label="동의일" required />
      <TextField path="recipient" label="제공받는 기관" required hint="예: 행복종합사회복지관" />
      <TextArea path="items" label="제공 항목" required rows={2} hint="예: 성명, 연락처, 욕구사정 요약" />
      <TextArea path="purpose" label="제공 목적" required rows={2} />
      <DateField
        path="until"
        label="보유·이용 기간"
        hint="이 날까지 이용합니다. 정하지 않았으면 비워 두세요."
      />
      <TextArea
        path="withheld"
        label="제공하지 않을 정보"
        rows={2}
        hint="당사자가 알리지 않기를 원하는 정보와 그 이유"
      />
    </FormShell>
  );
}
