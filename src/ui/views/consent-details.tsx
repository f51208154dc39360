/**
 * 정보제공 동의 on the case view: each recipient's consent, who gave it (본인 or 보호자), where it
 * stands today (유효, N일 남음, 기간 끝남, 철회: src/domain/consent-lifecycle.ts) and the 동의 철회
 * form (withdrawConsent). A withdrawn consent stays listed: it is the record of what was agreed and
 * until when.
 */
import {
  consentGiverText,
  consentInForce,
  consentStanding,
  type ConsentStanding,
} from '../../domain/consent-lifecycle';
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

/** The badge's colour: green while it holds, amber near its end, red once nothing may go out. */
const STANDING_CLASS: Record<ConsentStanding['kind'], string> = {
  valid: 'badge outcome-achieved',
  endingSoon: 'badge outcome-extended',
  ended: 'badge danger',
  withdrawn: 'badge danger',
  notYet: 'badge danger',
};

/** "유효", "12일 남음", "기간 끝남 (2026-04-30)", "철회 (2026-05-01)". */
export function standingText(standing: ConsentStanding): string {
  return standing.kind === 'ended' || standing.kind === 'withdrawn'
    ? `${standing.label} (${standing.on})`
    : standing.label;
}

export function StandingBadge({ consent, today }: { consent: ConsentView; today: string }) {
  const standing = consentStanding(consent, today);
  return <span class={`${STANDING_CLASS[standing.kind]} consent-standing`}>{standingText(standing)}</span>;
}

export function ConsentDetails({ file, onReload }: Props) {
  const { today } = useShell();
  if (file.consents.length === 0) return null;
  const holding = file.consents.filter((c) => consentInForce(c, today));
  return (
    <details class="section">
      <summary>정보제공 동의 ({file.consents.length}개 기관)</summary>
      <ul class="plain">
        {file.consents.map((c) => (
          <li key={c.consentId} class="item-card consent-card">
            <strong>{c.recipient}</strong> <span class="muted">({c.consentedOn ?? '-'})</span>
            <StandingBadge consent={c} today={today} />
            <dl class="mini">
              <Mini label="동의한 사람" value={consentGiverText(c)} />
              <Mini label="제공 항목" value={c.items} />
              <Mini label="제공 목적" value={c.purpose} />
              {c.until ? <Mini label="보유·이용 기간" value={`${c.until}까지`} /> : null}
              {c.withheld ? <Mini label="제공하지 않을 정보" value={c.withheld} /> : null}
              {c.withdrawalReason ? <Mini label="철회 사유" value={c.withdrawalReason} /> : null}
            </dl>
          </li>
        ))}
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
