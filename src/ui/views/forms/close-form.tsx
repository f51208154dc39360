/**
 * 평가 및 종결. Closing ends the case's checks and reassessments, so the form asks once before it
 * saves, and says what looks unfinished (plan items with no 이행여부, a last 위기도 of 높음 or 위기).
 */
import { asked } from '../../../domain/fields';
import { CLOSURE_FIELDS as CL } from '../../../domain/fields-catalogue';
import { useEffect, useRef, useState } from 'preact/hooks';
import { closureWarnings } from '../../../domain/closure-warnings';
import { closeInput } from '../../../domain/schemas';
import { fieldErrors } from '../../../domain/validation';
import { CLOSURE_REASONS } from '../../../domain/vocabulary';
import { useShell } from '../../context';
import { DateField, FormShell, optionsOf, SelectField, TextArea, type FormApi } from '../../form';
import * as P from '../../payloads';
import { shellProps, useCaseForm, type CaseFormProps } from './shared';

export function CloseForm(props: CaseFormProps) {
  const { today, announce } = useShell();
  const [confirming, setConfirming] = useState(false);
  const form = useCaseForm(props, 'close', 'closeCase', {
    initial: () => P.closeValues(today),
    schema: closeInput,
    toPayload: P.closePayload,
    message: (r) =>
      r.followUpDates.length > 0
        ? `종결했습니다. 사후관리 예정일: ${r.followUpDates.join(', ')}.`
        : '종결했습니다. 사후관리 일정은 없습니다.',
  });
  const warnings = closureWarnings(props.file);
  // The first save asks; only 「종결합니다」 sends. A form with errors shows them as usual.
  const guarded: FormApi<P.CloseValues> = {
    ...form,
    submit: (event?: Event) => {
      event?.preventDefault();
      const payload = P.closePayload(form.values, { caseNo: props.file.caseNo, version: props.file.version });
      if (Object.keys(fieldErrors(closeInput, payload)).length > 0) return form.submit();
      setConfirming(true);
      announce(
        warnings.length > 0
          ? `종결하기 전에 확인하세요: 주의할 점 ${warnings.length}가지가 있습니다.`
          : '종결하기 전에 확인하세요.',
      );
    },
  };
  return (
    <FormShell
      form={guarded}
      {...shellProps(props, 'close')}
      intro={<p class="hint">종결하면 설정에 따라 사후관리 일정이 잡힙니다 (사망 종결은 제외).</p>}
      submitLabel="종결 저장"
    >
      <DateField path="closedOn" {...asked(CL.closedOn)} required />
      <SelectField
        path="reason"
        {...asked(CL.reason)}
        required
        placeholder="선택하세요"
        options={optionsOf(CLOSURE_REASONS)}
      />
      <TextArea path="evaluation" {...asked(CL.evaluation)} rows={4} />
      {confirming && !form.saving ? (
        <ConfirmClosure
          caseNo={props.file.caseNo}
          warnings={warnings}
          onConfirm={() => {
            setConfirming(false);
            form.submit();
          }}
          onBack={() => setConfirming(false)}
        />
      ) : null}
    </FormShell>
  );
}

function ConfirmClosure(props: { caseNo: string; warnings: string[]; onConfirm(): void; onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div
      class={`notice ${props.warnings.length > 0 ? 'warning' : 'info'} confirm`}
      role="alertdialog"
      aria-labelledby="confirm-close-title"
      aria-describedby="confirm-close-text"
    >
      <h3 id="confirm-close-title" ref={heading} tabIndex={-1}>
        종결할까요?
      </h3>
      <p id="confirm-close-text">
        종결하면 {props.caseNo} 사례의 점검과 재사정 기한이 멈추고, 사후관리 일정만 남습니다.
      </p>
      {props.warnings.length > 0 ? (
        <ul class="plain">
          {props.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <div class="form-actions">
        <button type="button" class="primary" onClick={props.onConfirm}>
          종결합니다
        </button>
        <button type="button" class="secondary" onClick={props.onBack}>
          돌아가서 고치기
        </button>
      </div>
    </div>
  );
}
