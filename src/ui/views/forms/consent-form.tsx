/** 제3자 정보제공 동의, one per recipient. */
import { asked } from '../../../domain/fields';
import { CONSENT_FIELDS as D } from '../../../domain/fields-catalogue';
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
      <DateField path="consentedOn" {...asked(D.consentedOn)} required />
      <TextField path="recipient" {...asked(D.recipient)} required />
      <TextArea path="items" {...asked(D.items)} required rows={2} />
      <TextArea path="purpose" {...asked(D.purpose)} required rows={2} />
      <DateField path="until" {...asked(D.until)} />
      <TextArea path="withheld" {...asked(D.withheld)} rows={2} />
    </FormShell>
  );
}
