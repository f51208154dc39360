/**
 * 정보제공 동의 on the case view: each recipient's consent, whether it still holds (철회, 기간 끝남),
 * and the 동의 철회 form (withdrawConsent). A withdrawn consent stays listed: it is the record of
 * what was agreed and until when.
 */
import { withdrawConsentInputAsOf, type WithdrawConsentInput } from '../../domain/schemas';
import type { CaseFileView } from '../api';
import { useShell } from '../context';
import { DateField, FormShellInline, SelectField, TextArea, useForm } from '../form';
import { server } from '../server';
import { Mini } from './mini';

type ConsentView = CaseFileView['consents'][number];

interface Props {
  file: CaseFileView;
  onReload(): Promise<void>;
}

/** Why a consent no longer lets anything go to its recipient, or '' while it holds. */
function endedBecause(consent: ConsentView, today: string): string {
  if (consent.withdrawnOn) return `${consent.withdrawnOn} 철회`;
  if (consent.until && today && consent.until < today) return `${consent.until} 기간 끝남`;
  return '';
}

export function ConsentDetails({ file, onReload }: Props) {
  const { today } = useShell();
  if (file.consents.length === 0) return null;
  const holding = file.consents.filter((c) => !endedBecause(c, today));
  return (
    <details class="section">
      <summary>정보제공 동의 ({file.consents.length}개 기관)</summary>
      <ul class="plain">
        {file.consents.map((c) => {
          const ended = endedBecause(c, today);
          return (
            <li key={c.consentId} class="item-card">
              <strong>{c.recipient}</strong> <span class="muted">({c.consentedOn ?? '-'})</span>
              {ended ? <span class="badge danger">{ended}</span> : null}
              <dl class="mini">
                <Mini label="제공 항목" value={c.items} />
                <Mini label="제공 목적" value={c.purpose} />
                {c.until ? <Mini label="보유·이용 기간" value={`${c.until}까지`} /> : null}
                {c.withheld ? <Mini label="제공하지 않을 정보" value={c.withheld} /> : null}
                {c.withdrawalReason ? <Mini label="철회 사유" value={c.withdrawalReason} /> : null}
              </dl>
            </li>
          );
        })}
      </ul>
      {holding.length > 0 ? <WithdrawConsent file={file} onReload={onReload} holding={holding} /> : null}
    </details>
  );
}

interface WithdrawalValues {
  consentId: string;
  /** Not `on`: the 활동 기록 form on the same view has a field of that name. */
  withdrawnOn: string;
  reason: string;
}

function WithdrawConsent({ file, onReload, holding }: Props & { holding: ConsentView[] }) {
  const { today, announce } = useShell();
  const form = useForm<WithdrawalValues, WithdrawConsentInput, { consentId: string }>({
    form: 'withdrawConsent',
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} ${file.client.name} · 동의 철회`,
    initial: () => ({
      consentId: holding.length === 1 ? (holding[0]?.consentId ?? '') : '',
      withdrawnOn: today,
      reason: '',
    }),
    schema: withdrawConsentInputAsOf(today),
    toPayload: (v) =>
      ({
        caseNo: file.caseNo,
        consentId: v.consentId,
        on: v.withdrawnOn,
        reason: v.reason.trim() || undefined,
        version: file.version,
      }) as WithdrawConsentInput,
    errorsToFields: ({ on, ...rest }) => (on ? { ...rest, withdrawnOn: on } : rest),
    send: (payload) => server.withdrawConsent(payload),
    onSaved: (_result, payload) => {
      form.reset();
      const recipient = holding.find((c) => c.consentId === payload.consentId)?.recipient ?? '';
      return onReload().then(() =>
        announce(
          `${recipient} 정보제공 동의를 철회했습니다. 이 기관에는 더 이상 의뢰할 수 없습니다.`,
          'success',
        ),
      );
    },
  });
  return (
    <FormShellInline form={form} submitLabel="동의 철회">
      <SelectField
        path="consentId"
        label="철회할 동의 (기관)"
        required
        placeholder="선택하세요"
        options={holding.map((c) => ({ value: c.consentId, label: c.recipient }))}
      />
      <DateField path="withdrawnOn" label="철회일" required />
      <TextArea path="reason" label="철회 사유" rows={2} />
    </FormShellInline>
  );
}
