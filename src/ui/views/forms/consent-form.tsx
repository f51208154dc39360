/** 제3자 정보제공 동의, one per recipient, and who gave it: 본인, or a 보호자 with name and relation. */
import { asked } from '../../../domain/fields';
import { CONSENT_FIELDS as D } from '../../../domain/fields-catalogue';
import { consentInput } from '../../../domain/schemas';
import { useShell } from '../../context';
import { CONSENT_GIVERS } from '../../../domain/vocabulary';
import { DateField, FormShell, optionsOf, RadioGroup, TextArea, TextField } from '../../form';
import * as P from '../../payloads';
import { shellProps, useCaseForm, type CaseFormProps } from './shared';

export function ConsentForm(props: CaseFormProps) {
  const { today } = useShell();
  const form = useCaseForm(props, 'consent', 'recordConsent', {
    initial: () => P.consentValues(today),
    schema: consentInput,
    toPayload: P.consentPayload,
    message: (r, p) =>
      p.consentBy === 'guardian'
        ? `정보제공 동의를 기록했습니다: ${p.recipient} (보호자 ${p.guardianName ?? ''} 동의).`
        : `정보제공 동의를 기록했습니다: ${p.recipient}.`,
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
      <RadioGroup
        path="consentBy"
        {...asked(D.consentBy)}
        required
        options={optionsOf(CONSENT_GIVERS).map((o) =>
          o.value === 'guardian' ? { ...o, hint: '당사자를 대신해 보호자가 서명한 경우' } : o,
        )}
      />
      {form.values.consentBy === 'guardian' ? (
        <div class="pair">
          <TextField path="guardianName" {...asked(D.guardianName)} required autoComplete="off" />
          <TextField path="guardianRelation" {...asked(D.guardianRelation)} required />
        </div>
      ) : null}
      <TextField path="recipient" {...asked(D.recipient)} required />
      <TextArea path="items" {...asked(D.items)} required rows={2} />
      <TextArea path="purpose" {...asked(D.purpose)} required rows={2} />
      <DateField path="until" {...asked(D.until)} />
      <TextArea path="withheld" {...asked(D.withheld)} rows={2} />
    </FormShell>
  );
}
