/**
 * 서비스 의뢰: refer the client to a partner, sharing only what the client consented to. The form
 * starts from a recorded 정보제공 동의 (the server refuses a referral without one, and any field the
 * consent does not name); without a consent it says so and offers to record one first.
 */
import { asked } from '../../domain/fields';
import { REFERRAL_RECORD_FIELDS as RF } from '../../domain/fields-catalogue';
import { referClientInput } from '../../domain/resources/schemas';
import { REFERRAL_FIELDS, type ReferralField } from '../../domain/resources/referral-fields';
import { useShell } from '../context';
import { CheckboxField, DateField, FormShell, SelectField, TextArea } from '../form';
import type { CaseContext } from '../payloads';
import { shellProps, useCaseForm, type CaseFormProps } from './forms/shared';

interface ReferralValues {
  referredOn: string;
  consentId: string;
  fields: Record<ReferralField, boolean>;
  purpose: string;
  message: string;
}

const noFields = () =>
  Object.fromEntries(REFERRAL_FIELDS.keys.map((key) => [key, false])) as Record<ReferralField, boolean>;

export function ReferralForm(props: CaseFormProps & { onRecordConsent?: () => void }) {
  const { today } = useShell();
  const consents = props.file.consents;
  const form = useCaseForm(props, 'referral', 'referClient', {
    initial: (): ReferralValues => ({
      referredOn: today,
      consentId: consents.length === 1 ? consents[0]!.consentId : '',
      fields: noFields(),
      purpose: '',
      message: '',
    }),
    schema: referClientInput,
    toPayload: (v: ReferralValues, ctx: CaseContext) => ({
      caseNo: ctx.caseNo,
      referredOn: v.referredOn,
      consentId: v.consentId || undefined,
      recipient: consents.find((c) => c.consentId === v.consentId)?.recipient ?? '',
      fields: REFERRAL_FIELDS.keys.filter((key) => v.fields[key]),
      purpose: v.purpose,
      message: v.message,
      version: ctx.version,
    }),
    // The server names the recipient when no consent is chosen; here that is the consent's field.
    errorsToFields: (errors) =>
      Object.fromEntries(
        Object.entries(errors).map(([key, message]) => [key === 'recipient' ? 'consentId' : key, message]),
      ),
    message: (r) => `의뢰했습니다: ${r.recipient}에 ${r.sharedFields.join(', ')}만 제공합니다.`,
  });
  const chosen = consents.find((c) => c.consentId === form.values.consentId);
  return (
    <FormShell
      form={form}
      {...shellProps(props, 'referral')}
      submitLabel="의뢰하기"
      intro={
        consents.length === 0 ? (
          <div class="notice warning" role="note">
            <p>
              이 사례에는 정보제공 동의 기록이 없어 의뢰할 수 없습니다. 먼저 사례 화면의 ‘정보제공 동의’에서
              받는 기관과 제공 항목을 기록하세요.
            </p>
          </div>
        ) : (
          <p class="hint">
            당사자가 동의한 기관에, 동의한 항목만 보냅니다. 의뢰 기록과 의뢰서 문서가 남습니다.
          </p>
        )
      }
    >
      <DateField path="referredOn" {...asked(RF.referredOn)} required />
      <SelectField
        path="consentId"
        label="정보제공 동의 (받는 기관)"
        required
        placeholder="선택하세요"
        options={consents.map((c) => ({
          value: c.consentId,
          label: `${c.recipient} (${c.consentedOn ?? ''} 동의)`,
        }))}
        hint={
          chosen
            ? `동의한 항목: ${chosen.items}${chosen.withheld ? ` · 제공하지 않을 정보: ${chosen.withheld}` : ''}`
            : undefined
        }
      />
      <fieldset class="rows">
        <legend>제공할 항목</legend>
        <p class="hint">동의서에 없는 항목을 고르면 의뢰하지 않고 알려 줍니다.</p>
        {REFERRAL_FIELDS.keys.map((key) => (
          <CheckboxField key={key} path={`fields.${key}`} label={REFERRAL_FIELDS.label(key)} />
        ))}
      </fieldset>
      <TextArea path="purpose" {...asked(RF.purpose)} required rows={2} />
      <TextArea path="message" {...asked(RF.message)} rows={2} />
    </FormShell>
  );
}
