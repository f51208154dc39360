/**
 * 접수·초기상담 (saveIntake). Before saving, the form asks the server for cases that look like the
 * same resident (name and birth date, or phone) and shows them; saving anyway takes an explicit
 * 「다른 사람입니다」. Each draft carries its own key, so a save sent twice opens one case.
 */
import { asked } from '../../domain/fields';
import { CASE_FIELDS as C, INTAKE_FIELDS as I } from '../../domain/fields-catalogue';
import { useState } from 'preact/hooks';
import { intakeInput } from '../../domain/schemas';
import { fieldErrors } from '../../domain/validation';
import type { SimilarClient } from '../api';
import { formatPhone } from '../phone';
import { serverMessage } from '../rpc';
import { CASE_TYPES, DISCOVERY_CHANNELS, INTAKE_OUTCOMES } from '../../domain/vocabulary';
import { FORM_TITLES } from '../cases';
import { useShell } from '../context';
import {
  DateField,
  FormShell,
  optionsOf,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
  useForm,
  type FormApi,
} from '../form';
import { intakePayload, intakeValues, type IntakeValues } from '../payloads';
import { server } from '../server';
import { StaffEmailField } from '../staff';

const OUTCOME_HINTS: Record<string, string> = {
  caseManagementReferral: '욕구사정부터 사례관리를 이어 갑니다.',
};

interface IntakeFormProps {
  onCancel(): void;
  onSaved(caseNo: string, message: string): Promise<void>;
  onOpenCase(caseNo: string): void;
}

export function IntakeForm({ onCancel, onSaved, onOpenCase }: IntakeFormProps) {
  const { today, announce } = useShell();
  const [similar, setSimilar] = useState<SimilarClient[]>([]);
  const [checking, setChecking] = useState(false);
  const form = useForm<IntakeValues, ReturnType<typeof intakePayload>, { caseNo: string }>({
    form: 'intake',
    caseNo: null,
    draftLabel: '새 접수',
    initial: () => intakeValues(today),
    schema: intakeInput,
    toPayload: intakePayload,
    send: (payload) => server.saveIntake(payload),
    onSaved: (result, payload) => {
      const managed = payload.intakeOutcome === 'caseManagementReferral';
      return onSaved(
        result.caseNo,
        managed
          ? `접수했습니다. 관리번호 ${result.caseNo}. 다음은 욕구사정입니다.`
          : `접수했습니다. 관리번호 ${result.caseNo}. 처리유형이 ‘${INTAKE_OUTCOMES.label(payload.intakeOutcome)}’이라 접수 단계에서 마쳤습니다.`,
      );
    },
  });
  const outcome = form.values.intakeOutcome;
  const confirmed = new Set(form.values.notDuplicateOf);
  const unconfirmed = similar.filter((m) => !confirmed.has(m.caseNo));
  // The save looks for the same resident first; a form with errors shows them as usual.
  const guarded: FormApi<IntakeValues> = {
    ...form,
    saving: form.saving || checking,
    submit: (event?: Event) => {
      event?.preventDefault();
      const payload = intakePayload(form.values);
      if (checking || Object.keys(fieldErrors(intakeInput, payload)).length > 0) return form.submit();
      setChecking(true);
      announce('같은 대상자의 사례가 있는지 확인하는 중…');
      const { name, birthDate, phone } = payload.client;
      server.findSimilarClients({ name, birthDate, phone: phone || undefined }).then(
        ({ matches }) => {
          setChecking(false);
          setSimilar(matches);
          const fresh = matches.filter((m) => !confirmed.has(m.caseNo));
          if (fresh.length === 0) return form.submit();
          announce(`같은 사람으로 보이는 사례가 ${fresh.length}건 있습니다. 확인한 뒤 저장하세요.`, 'error');
          setTimeout(() => document.getElementById('similar-title')?.focus(), 0);
        },
        (error: unknown) => {
          setChecking(false);
          announce(`같은 대상자를 확인하지 못했습니다: ${serverMessage(error)}`, 'error');
        },
      );
    },
  };
  return (
    <FormShell form={guarded} title={FORM_TITLES.intake} onCancel={onCancel}>
      {unconfirmed.length > 0 ? (
        <div class="notice warning similar" role="region" aria-labelledby="similar-title">
          <h3 id="similar-title" tabIndex={-1}>
            같은 사람일 수 있습니다
          </h3>
          <p>이미 있는 사례와 이름·생년월일 또는 연락처가 같습니다. 같은 사람이면 그 사례를 여세요.</p>
          <ul class="plain">
            {unconfirmed.map((m) => (
              <li key={m.caseNo} class="item-card">
                <strong>{m.clientName}</strong> ({m.birthDate ?? '생년월일 없음'}
                {m.phone ? `, ${formatPhone(m.phone)}` : ''})
                <br />
                {m.caseNo} · {m.stageLabel} · 접수 {m.openedOn ?? '-'} · 담당 {m.caseManager || '없음'} · 같은{' '}
                {m.because}
                <br />
                <button type="button" class="link" onClick={() => onOpenCase(m.caseNo)}>
                  {m.caseNo} 사례 열기
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              form.set('notDuplicateOf', [...confirmed, ...unconfirmed.map((m) => m.caseNo)]);
              announce('다른 사람으로 확인했습니다. 저장을 누르면 새 사례로 접수합니다.');
            }}
          >
            다른 사람입니다
          </button>
        </div>
      ) : null}
      <fieldset class="group-box">
        <legend>대상자</legend>
        <TextField path="client.name" {...asked(C.clientName)} required />
        <DateField path="client.birthDate" {...asked(C.birthDate)} required />
        <TextField path="client.phone" {...asked(C.phone)} type="tel" inputMode="tel" />
        <TextField path="client.address" {...asked(C.address)} />
        <TextArea path="client.household" {...asked(C.household)} rows={2} />
      </fieldset>
      <fieldset class="group-box">
        <legend>접수·초기상담</legend>
        <DateField path="intakeDate" {...asked(I.intakeDate)} required />
        <SelectField
          path="discovery"
          {...asked(I.discovery)}
          required
          placeholder="선택하세요"
          options={optionsOf(DISCOVERY_CHANNELS)}
        />
        <TextArea path="presentingProblem" {...asked(I.presentingProblem)} required />
        <TextArea path="potentialProblems" {...asked(I.potentialProblems)} rows={2} />
        <TextArea path="strengths" {...asked(I.strengths)} rows={2} />
        <TextArea path="weaknesses" {...asked(I.weaknesses)} rows={2} />
      </fieldset>
      <RadioGroup
        path="intakeOutcome"
        {...asked(I.intakeOutcome)}
        required
        options={optionsOf(INTAKE_OUTCOMES).map((o) => ({ ...o, hint: OUTCOME_HINTS[o.value] }))}
      />
      {outcome !== '' && outcome !== 'caseManagementReferral' ? (
        <p class="notice info small">
          이 접수는 저장하면 ‘접수종결’로 기록되고 사례관리로 이어지지 않습니다.
        </p>
      ) : null}
      <SelectField path="caseType" {...asked(C.caseType)} options={optionsOf(CASE_TYPES)} />
      <StaffEmailField path="caseManager" {...asked(C.caseManager)} />
      <StaffEmailField path="assistant" {...asked(C.assistant)} />
    </FormShell>
  );
}
