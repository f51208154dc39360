/**
 * 서비스체계 빈틈 보고서 on the home view: a period (the last three months unless changed) and a
 * button that makes the Doc the supervisor takes to the 구's 통합사례회의 (generateGapReport).
 *
 * Not a drafted form (useForm keeps drafts for the home's "작성 중인 입력"): two dates are no work
 * to lose. The period is still checked with the server's own rule before anything is sent.
 */
import { useState } from 'preact/hooks';
import { monthsTo } from '../../domain/advocacy';
import { documentLink } from '../../domain/document-links';
import { gapReportInputAsOf } from '../../domain/schemas';
import { fieldErrors } from '../../domain/validation';
import type { GeneratedGapReport } from '../api';
import { useShell } from '../context';
import { DateField } from '../form';
import { FormFields } from '../form/field-context';
import { serverMessage } from '../rpc';
import { server } from '../server';

export function GapReport() {
  const { today, announce } = useShell();
  const [period, setPeriod] = useState(() => monthsTo(today, 3));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState('');
  const [made, setMade] = useState<GeneratedGapReport | null>(null);

  const make = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const found = fieldErrors(gapReportInputAsOf(today), period);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setRefusal('');
    announce('빈틈 보고서를 만드는 중…', 'info');
    try {
      const result = await server.generateGapReport(period);
      setMade(result);
      announce(`${result.name} 문서를 만들었습니다.`, 'success');
    } catch (error) {
      setRefusal(serverMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const link = made ? documentLink(made.url) : '';
  return (
    <details class="section gap-report">
      <summary>서비스체계 빈틈 보고서 (통합사례회의)</summary>
      <p class="hint">
        권익옹호 중 서비스체계 개선 활동을 빈틈 종류별로 세어, 직전 기간·최근 12개월과 나란히 보여 주는
        문서입니다. 대상자 이름·관리번호·연락처는 싣지 않으니 구에 가져가도 됩니다.
      </p>
      <form class="form inline" noValidate onSubmit={make} aria-busy={busy ? 'true' : undefined}>
        {refusal ? (
          <div class="notice error form-error" role="alert">
            <p class="pre">{refusal}</p>
          </div>
        ) : null}
        <FormFields
          form={{
            values: period,
            errors,
            saving: busy,
            set: (path, value) => setPeriod((p) => ({ ...p, [path]: String(value) })),
          }}
        >
          <DateField path="from" label="시작일" required />
          <DateField path="to" label="종료일" required />
        </FormFields>
        <button type="submit" class="secondary" disabled={busy} aria-busy={busy}>
          {busy ? '만드는 중…' : '보고서 만들기'}
        </button>
      </form>
      {made ? (
        <div class="made" role="status">
          <p>
            {link ? (
              <a href={link} target="_blank" rel="noopener noreferrer">
                <ReportName name={made.name} />
              </a>
            ) : (
              <ReportName name={made.name} />
            )}
          </p>
          <p class="muted small">서비스체계 개선 활동 {made.count}건 · 문서 폴더의 ‘보고서’에 있습니다</p>
        </div>
      ) : null}
    </details>
  );
}

/** "서비스체계 빈틈 보고서 2026-01-01~2026-03-31", its period kept whole. */
function ReportName({ name }: { name: string }) {
  const cut = name.lastIndexOf(' ');
  return (
    <>
      {name.slice(0, cut + 1)}
      <span class="period">{name.slice(cut + 1)}</span>
    </>
  );
}
