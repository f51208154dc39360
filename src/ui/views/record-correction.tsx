/**
 * 기록 바로잡기 (amendAssessment, amendPlanItem, amendCheck) on the case view: the case's latest
 * assessment, its latest check and the items of its current plan, each corrected in place. Only
 * what differs is sent, with the version the case was read at; the server keeps old → new in the
 * 변경이력 and recomputes the due dates.
 */
import type { ComponentChildren } from 'preact';
import { asked } from '../../domain/fields';
import {
  ASSESSMENT_FIELDS as A,
  CHECK_FIELDS as CH,
  PLAN_ITEM_FIELDS as PI,
} from '../../domain/fields-catalogue';
import { withParticle } from '../../domain/korean';
import { amendAssessmentInputAsOf, amendCheckInputAsOf, amendPlanItemInputAsOf } from '../../domain/schemas';
import { CHECK_METHODS, RISK_LEVELS } from '../../domain/vocabulary';
import { isOpen } from '../../domain/workflow';
import type { z } from 'zod';
import type { CaseFileView } from '../api';
import { useShell } from '../context';
import {
  CheckboxField,
  DateField,
  FormShellInline,
  optionsOf,
  SelectField,
  TextArea,
  TextField,
  useForm,
} from '../form';
import { server } from '../server';
import { Fold } from './fold';

type Values = Record<string, string | boolean>;

/** The fields whose value differs from the record as read: nothing else is sent. */
function changed(now: Values, before: Values, numbers: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(now)) {
    const value = now[key] ?? '';
    if (value === before[key]) continue;
    if (typeof value === 'boolean') out[key] = value;
    else if (numbers.includes(key)) out[key] = value.trim() === '' ? undefined : Number(value);
    // Text goes as typed, like every other form (the schema decides what blank means).
    else out[key] = value;
  }
  return out;
}

interface AmendProps {
  file: CaseFileView;
  onReload(): Promise<void>;
  /** What the record is called in the fold and the notice: '사정 S1'. */
  title: string;
  formName: 'amendAssessment' | 'amendPlanItem' | 'amendCheck';
  initial: Values;
  numbers?: readonly string[];
  schema: z.ZodType;
  toPayload(changes: Record<string, unknown>): unknown;
  send(payload: unknown): Promise<unknown>;
  children: ComponentChildren;
}

/** One record's correction: the shared shape of the three. */
function AmendFold(props: AmendProps) {
  const { announce } = useShell();
  const { file } = props;
  const form = useForm<Values, unknown, unknown>({
    form: props.formName,
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} ${file.client.name} · ${props.title} 바로잡기`,
    initial: () => props.initial,
    schema: props.schema,
    toPayload: (v) => props.toPayload(changed(v, props.initial, props.numbers)),
    // The schema names a field under `changes.`; the form's inputs are the fields themselves.
    errorsToFields: (errors) =>
      Object.fromEntries(
        Object.entries(errors).map(([path, message]) => [path.replace(/^changes\./, ''), message]),
      ),
    send: (payload) => props.send(payload),
    onSaved: () => {
      form.reset();
      return props
        .onReload()
        .then(() =>
          announce(
            `${withParticle(props.title, '을')} 고쳤습니다. 고치기 전 값은 변경이력에 남았습니다.`,
            'success',
          ),
        );
    },
  });
  return (
    <Fold
      summary={`${props.title} 고치기`}
      forceOpen={Boolean(form.formError) || Object.keys(form.errors).length > 0}
    >
      <FormShellInline form={form} submitLabel="고친 내용 저장">
        {props.children}
      </FormShellInline>
    </Fold>
  );
}

const last = <T,>(rows: readonly T[], idOf: (r: T) => string): T | undefined =>
  [...rows].sort((a, b) => Number(/\d+$/.exec(idOf(a))?.[0]) - Number(/\d+$/.exec(idOf(b))?.[0])).pop();

/** Mounted again after each save (keyed by the case's version), so it starts from what was saved. */
export function RecordCorrection({ file, onReload }: { file: CaseFileView; onReload(): Promise<void> }) {
  const { today } = useShell();
  if (!isOpen(file.stage)) return null;
  const assessment = last(file.assessments, (a) => a.assessmentId);
  const check = last(file.checks, (c) => c.checkId);
  const plan = last(file.plans, (p) => p.planId);
  const base = { caseNo: file.caseNo, version: file.version };
  return (
    <section class="section" aria-labelledby="record-correction-title">
      <h3 id="record-correction-title">기록 바로잡기</h3>
      {!assessment && !check && !plan ? (
        <p class="hint">고칠 수 있는 사정·계획·점검 기록이 아직 없습니다.</p>
      ) : (
        <p class="hint">
          가장 최근 사정과 점검, 현재 계획의 항목만 고칠 수 있습니다. 고친 내용은 변경이력에 남습니다.
        </p>
      )}
      {assessment ? (
        <AmendFold
          file={file}
          onReload={onReload}
          title={`사정 ${assessment.assessmentId.slice(file.caseNo.length + 1)}`}
          formName="amendAssessment"
          initial={{
            assessedOn: assessment.assessedOn ?? '',
            strengths: assessment.strengths,
            supportSystem: assessment.supportSystem,
            functionalEvaluation: assessment.functionalEvaluation,
            riskLevel: assessment.riskLevel ?? '',
          }}
          schema={amendAssessmentInputAsOf(today)}
          toPayload={(changes) => ({ ...base, assessmentId: assessment.assessmentId, changes })}
          send={(payload) => server.amendAssessment(payload as never)}
        >
          <DateField path="assessedOn" {...asked(A.assessedOn)} required />
          <SelectField
            path="riskLevel"
            {...asked(A.riskLevel)}
            placeholder="선택 안 함"
            options={optionsOf(RISK_LEVELS)}
          />
          <TextArea path="strengths" {...asked(A.strengths)} rows={2} />
          <TextArea path="supportSystem" {...asked(A.supportSystem)} rows={2} />
          <TextArea path="functionalEvaluation" {...asked(A.functionalEvaluation)} rows={2} />
        </AmendFold>
      ) : null}
      {(plan?.items ?? []).map((item) => (
        <AmendFold
          key={item.itemId}
          file={file}
          onReload={onReload}
          title={`계획 항목 ${item.itemId.slice(file.caseNo.length + 1)}`}
          formName="amendPlanItem"
          numbers={['priority', 'timesPerWeek']}
          initial={{
            goal: item.goal,
            service: item.service,
            priority: item.priority === null ? '' : String(item.priority),
            timing: item.timing,
            startDate: item.startDate ?? '',
            endDate: item.endDate ?? '',
            timesPerWeek: item.timesPerWeek === null ? '' : String(item.timesPerWeek),
            provider: item.provider,
            providerContact: item.providerContact,
            checkMethod: item.checkMethod,
          }}
          schema={amendPlanItemInputAsOf(today)}
          toPayload={(changes) => ({ ...base, itemId: item.itemId, changes })}
          send={(payload) => server.amendPlanItem(payload as never)}
        >
          <TextArea path="goal" {...asked(PI.goal)} rows={2} required />
          <TextArea path="service" {...asked(PI.service)} rows={2} required />
          <TextField path="priority" {...asked(PI.priority)} inputMode="numeric" />
          <TextField path="timing" {...asked(PI.timing)} />
          <DateField path="startDate" {...asked(PI.startDate)} required />
          <DateField path="endDate" {...asked(PI.endDate)} />
          <TextField path="timesPerWeek" {...asked(PI.timesPerWeek)} inputMode="numeric" />
          <TextField path="provider" {...asked(PI.provider)} />
          <TextField path="providerContact" {...asked(PI.providerContact)} />
          <TextField path="checkMethod" {...asked(PI.checkMethod)} />
        </AmendFold>
      ))}
      {check ? (
        <AmendFold
          file={file}
          onReload={onReload}
          title={`점검 ${check.checkId.slice(file.caseNo.length + 1)}`}
          formName="amendCheck"
          initial={{
            checkedOn: check.checkedOn ?? '',
            method: check.method ?? '',
            note: check.note,
            needsChanged: check.needsChanged === true,
          }}
          schema={amendCheckInputAsOf(today)}
          toPayload={(changes) => ({ ...base, checkId: check.checkId, changes })}
          send={(payload) => server.amendCheck(payload as never)}
        >
          <DateField path="checkedOn" {...asked(CH.checkedOn)} required />
          <SelectField path="method" {...asked(CH.method)} required options={optionsOf(CHECK_METHODS)} />
          <TextArea path="note" {...asked(CH.note)} required />
          <CheckboxField path="needsChanged" {...asked(CH.needsChanged)} />
        </AmendFold>
      ) : null}
    </section>
  );
}
