/** Every form on an existing case. Each sends the case's `version` from when the case was loaded. */
import { ReferralForm } from './referral-form';
import { withParticle } from '../../domain/korean';
import {
  assessmentInput,
  checkInput,
  closeInput,
  conferenceInput,
  consentInput,
  followUpInput,
  planInput,
  reopenInput,
} from '../../domain/schemas';
import {
  CASE_TYPES,
  CHECK_METHODS,
  CLOSURE_REASONS,
  CONFERENCE_KINDS,
  ITEM_OUTCOMES,
  LIFE_DOMAINS,
  RISK_LEVELS,
  SELECTION_DECISIONS,
} from '../../domain/vocabulary';
import { useRef, useState } from 'preact/hooks';
import type { CaseFileView, ResourceView, ServerApi, ServerName } from '../api';
import { dueInfo, FORM_TITLES, latestPlan, type FormKind } from '../cases';
import { useShell } from '../context';
import {
  CheckboxField,
  DateField,
  FormShell,
  GroupError,
  optionsOf,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
  useForm,
  type FormApi,
} from '../form';
import { fieldId } from '../paths';
import * as P from '../payloads';
import { pickResources, providerOf } from '../resources';
import { serverMessage } from '../rpc';
import { server } from '../server';

export interface CaseFormProps {
  file: CaseFileView;
  onCancel(): void;
  /** Saved: back to the case, which is read again, and this said in the status line. */
  onDone(message: string): Promise<void>;
  onReloadCase(): Promise<void>;
}

type Result<K extends ServerName> = ServerApi[K][1];

/** useForm with what every case form shares: the draft key, the label, the version. */
export function useCaseForm<V, K extends ServerName>(
  props: CaseFormProps,
  kind: FormKind,
  name: K,
  spec: {
    initial: () => V;
    schema: Parameters<typeof useForm>[0]['schema'];
    toPayload: (values: V, ctx: P.CaseContext) => ServerApi[K][0];
    errorsToFields?: (errors: Record<string, string>, values: V) => Record<string, string>;
    message: (result: Result<K>, payload: ServerApi[K][0]) => string;
  },
): FormApi<V> {
  const { file } = props;
  return useForm<V, ServerApi[K][0], Result<K>>({
    form: kind,
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} ${file.client.name} · ${FORM_TITLES[kind]}`,
    initial: spec.initial,
    schema: spec.schema,
    // The version is read when sending, so a reload after a stale refusal sends the new one.
    toPayload: (values) => spec.toPayload(values, { caseNo: file.caseNo, version: file.version }),
    errorsToFields: spec.errorsToFields,
    send: (payload) => (server[name] as (input: ServerApi[K][0]) => Promise<Result<K>>)(payload),
    onSaved: (result, payload) => props.onDone(spec.message(result, payload)),
  });
}

export function shellProps(props: CaseFormProps, kind: FormKind) {
  return {
    title: FORM_TITLES[kind],
    subtitle: `${props.file.caseNo} · ${props.file.client.name}`,
    onCancel: props.onCancel,
    onReloadCase: props.onReloadCase,
  };
}

/** Focus a field once the row holding it has been drawn. */
function focusSoon(path: string) {
  setTimeout(() => document.getElementById(fieldId(path))?.focus(), 0);
}

// 욕구사정 / 재사정 ------------------------------------------------------------------------------

export function AssessmentForm(props: CaseFormProps & { kind: 'initial' | 're' }) {
  const { today } = useShell();
  const formKind: FormKind = props.kind === 'initial' ? 'assessment' : 'reassessment';
  const form = useCaseForm(props, formKind, 'saveAssessment', {
    initial: () => P.assessmentValues(today, props.file, props.kind),
    schema: assessmentInput,
    toPayload: (v, ctx) => P.assessmentPayload(v, ctx, props.kind),
    message: (r) =>
      `${props.kind === 'initial' ? '욕구사정' : '재사정'}을 저장했습니다. 다음 재사정: ${r.nextReassessmentDue}.`,
  });
  const needs = form.values.needs;
  const carried = props.kind === 're' && props.file.assessments.length > 0;
  return (
    <FormShell
      form={form}
      {...shellProps(props, formKind)}
      intro={
        <p class="hint">
          생활 영역마다 당사자가 말한 <b>문제</b>와 <b>요구(바람)</b>, 사례관리자가 판단한 <b>욕구</b>를
          적습니다.
          {carried ? ' 지난 사정 내용을 불러왔습니다: 바뀐 부분을 고쳐 저장하세요.' : ''}
        </p>
      }
    >
      <DateField path="assessedOn" label="사정일" required />
      <fieldset class="rows">
        <legend>생활 영역별 욕구</legend>
        <GroupError path="needs" />
        {needs.map((row, i) => (
          <fieldset class="row-card" key={row.key}>
            <legend>영역 {i + 1}</legend>
            {needs.length > 1 ? (
              <button
                type="button"
                class="remove link"
                aria-label={`영역 ${i + 1} 삭제`}
                onClick={() => {
                  form.set(
                    'needs',
                    needs.filter((_, j) => j !== i),
                  );
                  focusSoon(`needs.${Math.max(0, i - 1)}.domain`);
                }}
              >
                삭제
              </button>
            ) : null}
            <SelectField
              path={`needs.${i}.domain`}
              label="생활 영역"
              required
              placeholder="선택하세요"
              options={optionsOf(LIFE_DOMAINS)}
            />
            <TextArea path={`needs.${i}.problem`} label="문제" rows={2} />
            <TextArea path={`needs.${i}.demand`} label="요구(바람)" rows={2} hint="당사자가 말한 그대로" />
            <TextArea
              path={`needs.${i}.need`}
              label="욕구"
              rows={2}
              required
              hint="채워야 할 부족 (전문가 판단)"
            />
          </fieldset>
        ))}
        {needs.length < 30 ? (
          <button
            type="button"
            class="secondary add"
            onClick={() => {
              form.set('needs', [...needs, P.emptyNeed()]);
              focusSoon(`needs.${needs.length}.domain`);
            }}
          >
            ＋ 영역 추가
          </button>
        ) : null}
      </fieldset>
      <TextArea path="strengths" label="강점" rows={2} />
      <TextArea
        path="supportSystem"
        label="지지체계"
        rows={2}
        hint="공식(기관·제도)과 비공식(가족·이웃) 지지체계"
      />
      <TextArea path="functionalEvaluation" label="기능평가" rows={2} />
      <SelectField
        path="riskLevel"
        label="위기도"
        placeholder="선택 안 함"
        options={optionsOf(RISK_LEVELS)}
      />
    </FormShell>
  );
}

// 사례회의 / 정보제공 동의 ------------------------------------------------------------------------

export function ConferenceForm(props: CaseFormProps) {
  const { today } = useShell();
  const form = useCaseForm(props, 'conference', 'recordConference', {
    initial: () => P.conferenceValues(today),
    schema: conferenceInput,
    toPayload: P.conferencePayload,
    message: (r, p) =>
      `${withParticle(CONFERENCE_KINDS.label(p.kind), '을')} 기록했습니다: ${SELECTION_DECISIONS.label(p.decision)}.`,
  });
  return (
    <FormShell form={form} {...shellProps(props, 'conference')}>
      <SelectField path="kind" label="회의 구분" required options={optionsOf(CONFERENCE_KINDS)} />
      <DateField path="heldOn" label="회의일" required />
      <RadioGroup path="decision" label="결정" required options={optionsOf(SELECTION_DECISIONS)} />
      <SelectField
        path="caseType"
        label="사례 유형"
        placeholder="변경 없음"
        options={optionsOf(CASE_TYPES)}
      />
      <TextArea path="attendees" label="참석자" rows={2} />
      <TextArea path="notes" label="회의 내용" />
    </FormShell>
  );
}

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

// 서비스제공 계획 ---------------------------------------------------------------------------------

export function PlanForm(props: CaseFormProps) {
  const { today, announce } = useShell();
  const form = useCaseForm(props, 'plan', 'savePlan', {
    initial: () => P.planValues(today),
    schema: planInput,
    toPayload: P.planPayload,
    message: (r) => `서비스계획을 저장했습니다 (항목 ${r.itemIds.length}개). 점검을 시작하세요.`,
  });
  const items = form.values.items;
  const previous = props.file.plans.length > 0;
  const directory = useDirectory();
  const pick = (i: number, resource: ResourceView) => {
    const row = items[i];
    if (!row) return;
    const chosen = providerOf(resource);
    form.set(
      'items',
      items.map((item, j) => (j === i ? { ...item, ...chosen } : item)),
    );
    announce(
      `항목 ${i + 1}: 제공기관 ${chosen.provider}${chosen.providerContact ? `, 담당자 ${chosen.providerContact}` : ''} (자원 ${resource.name})`,
    );
  };
  const unlink = (i: number) => {
    form.set(
      'items',
      items.map((item, j) => (j === i ? { ...item, resourceId: '', resourceName: '' } : item)),
    );
    announce(`항목 ${i + 1}: 자원 연결을 풀었습니다. 제공기관은 그대로 둡니다.`);
  };
  return (
    <FormShell
      form={form}
      {...shellProps(props, 'plan')}
      intro={
        <>
          <p class="hint">
            목표는 당사자의 것으로, 구체적이고 측정할 수 있으며 계획 기간 안에 이룰 수 있게 적습니다. 당사자는
            서비스 제공과 참여, 협력기관과의 기본정보·진행상황 공유에 동의하고 서명합니다.
          </p>
          {previous ? (
            <button
              type="button"
              class="link"
              onClick={() => {
                const carried = P.planValuesFrom(today, props.file);
                if (carried) {
                  form.replace(carried);
                  announce('지난 계획의 목표와 달성하지 않은 항목을 불러왔습니다.');
                }
              }}
            >
              지난 계획 불러오기
            </button>
          ) : null}
        </>
      }
    >
      <DateField path="consentDate" label="동의일(서명일)" required />
      <TextArea path="shortTermGoal" label="단기 성과목표" required rows={2} />
      <TextArea path="longTermGoal" label="장기 성과목표" rows={2} />
      <fieldset class="rows">
        <legend>계획 항목</legend>
        <GroupError path="items" />
        {items.map((row, i) => (
          <fieldset class="row-card" key={row.key}>
            <legend>항목 {i + 1}</legend>
            {items.length > 1 ? (
              <button
                type="button"
                class="remove link"
                aria-label={`항목 ${i + 1} 삭제`}
                onClick={() => {
                  form.set(
                    'items',
                    items.filter((_, j) => j !== i),
                  );
                  focusSoon(`items.${Math.max(0, i - 1)}.goal`);
                }}
              >
                삭제
              </button>
            ) : null}
            <TextArea path={`items.${i}.goal`} label="개입목표" required rows={2} />
            <TextArea path={`items.${i}.service`} label="서비스 내용" required rows={2} />
            <div class="pair">
              <TextField
                path={`items.${i}.priority`}
                label="우선순위"
                type="number"
                inputMode="numeric"
                step="1"
                min="1"
                max="99"
              />
              <TextField
                path={`items.${i}.timesPerWeek`}
                label="횟수(회/1주당)"
                type="number"
                inputMode="decimal"
                step="any"
                min="0"
                max="50"
              />
            </div>
            <TextField path={`items.${i}.timing`} label="개입시기" hint="예: 즉시, 1개월 내" />
            <DateField path={`items.${i}.startDate`} label="서비스 시작일자" required />
            <DateField path={`items.${i}.endDate`} label="서비스 종료일자" />
            <ResourcePicker
              index={i}
              directory={directory}
              resourceId={row.resourceId ?? ''}
              resourceName={row.resourceName ?? ''}
              onPick={(resource) => pick(i, resource)}
              onUnlink={() => unlink(i)}
            />
            <TextField
              path={`items.${i}.provider`}
              label="제공기관"
              hint="본인·가족·이웃도 제공자가 될 수 있습니다."
            />
            <TextField path={`items.${i}.providerContact`} label="담당자" />
            <TextField path={`items.${i}.checkMethod`} label="점검방법" hint="예: 월 1회 전화, 기관 연락" />
          </fieldset>
        ))}
        {items.length < 50 ? (
          <button
            type="button"
            class="secondary add"
            onClick={() => {
              form.set('items', [...items, P.emptyPlanItem(today, String(items.length + 1))]);
              focusSoon(`items.${items.length}.goal`);
            }}
          >
            ＋ 항목 추가
          </button>
        ) : null}
      </fieldset>
    </FormShell>
  );
}

// 자원에서 고르기 ------------------------------------------------------------------------------------

type DirectoryState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; resources: ResourceView[] }
  | { status: 'error'; message: string };

interface Directory {
  state: DirectoryState;
  /** Reads the directory once (the first time a picker opens), again after an error. */
  load(): void;
}

function useDirectory(): Directory {
  const [state, setState] = useState<DirectoryState>({ status: 'idle' });
  const started = useRef(false);
  return {
    state,
    load() {
      if (started.current) return;
      started.current = true;
      setState({ status: 'loading' });
      server.listResources({}).then(
        (list) => setState({ status: 'ready', resources: list.resources }),
        (error: unknown) => {
          started.current = false;
          setState({ status: 'error', message: serverMessage(error) });
        },
      );
    },
  };
}

function ResourcePicker(props: {
  index: number;
  directory: Directory;
  resourceId: string;
  resourceName: string;
  onPick(resource: ResourceView): void;
  onUnlink(): void;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const details = useRef<HTMLDetailsElement>(null);
  const { state } = props.directory;
  const searchId = `items-${props.index}-resource-search`;
  const linked =
    props.resourceName ||
    (state.status === 'ready' ? state.resources.find((r) => r.resourceId === props.resourceId)?.name : '') ||
    props.resourceId;
  const found = state.status === 'ready' ? pickResources(state.resources, query) : [];
  return (
    <div class="resource-picker">
      {props.resourceId ? (
        <p class="small linked-resource">
          연결된 자원: <strong>{linked}</strong>{' '}
          <button
            type="button"
            class="link"
            aria-label={`항목 ${props.index + 1}의 자원 연결 풀기`}
            onClick={props.onUnlink}
          >
            연결 풀기
          </button>
        </p>
      ) : null}
      <details
        ref={details}
        open={open}
        onToggle={(e) => {
          const isOpen = e.currentTarget.open;
          setOpen(isOpen);
          if (isOpen) props.directory.load();
        }}
      >
        <summary aria-label={`항목 ${props.index + 1} 제공기관을 자원에서 고르기`}>자원에서 고르기</summary>
        <div class="picker-body">
          <label for={searchId}>자원 검색</label>
          <input
            id={searchId}
            type="search"
            value={query}
            autoComplete="off"
            placeholder="이름, 기관, 분야"
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter in the search box must not save the plan.
              if (e.key === 'Enter') e.preventDefault();
            }}
          />
          {state.status === 'loading' || state.status === 'idle' ? (
            <p class="muted small">자원 목록을 불러오는 중…</p>
          ) : state.status === 'error' ? (
            <p class="field-error">{state.message}</p>
          ) : found.length === 0 ? (
            <p class="muted small">맞는 자원이 없습니다.</p>
          ) : (
            <ul class="plain pick-list" aria-label="고를 수 있는 자원">
              {found.map((r) => (
                <li key={r.resourceId}>
                  <button
                    type="button"
                    class="pick"
                    onClick={() => {
                      props.onPick(r);
                      setOpen(false);
                      setQuery('');
                      setTimeout(() => details.current?.querySelector('summary')?.focus(), 0);
                    }}
                  >
                    <strong>{r.name}</strong>
                    {r.provider ? <span class="muted"> · {r.provider}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </details>
    </div>
  );
}

// 점검 -------------------------------------------------------------------------------------------

export function CheckForm(props: CaseFormProps) {
  const { today } = useShell();
  const plan = latestPlan(props.file.plans);
  const items = plan?.items ?? [];
  const form = useCaseForm(props, 'check', 'recordCheck', {
    initial: () =>
      P.checkValues(
        today,
        items.map((i) => i.itemId),
      ),
    schema: checkInput,
    toPayload: P.checkPayload,
    errorsToFields: P.checkErrorsToFields,
    message: (_r, p) =>
      '점검을 기록했습니다.' +
      (p.needsChanged || (p.itemOutcomes ?? []).some((o) => o.outcome === 'reassess')
        ? ' 재사정이 필요합니다.'
        : ''),
  });
  return (
    <FormShell form={form} {...shellProps(props, 'check')}>
      <DateField path="checkedOn" label="점검일" required />
      <SelectField
        path="method"
        label="점검 방법"
        required
        placeholder="선택하세요"
        options={optionsOf(CHECK_METHODS)}
      />
      <TextArea path="note" label="점검 내용" required />
      {plan ? (
        <fieldset class="rows">
          <legend>계획 항목 이행여부{plan.consentDate ? ` (${plan.consentDate} 동의한 계획)` : ''}</legend>
          <p class="hint">바뀐 항목만 고르세요. ‘변경 없음’은 기록하지 않습니다.</p>
          {items.map((item, i) => (
            <div class="row-card compact" key={item.itemId}>
              <SelectField
                path={`outcomes.${item.itemId}`}
                // The goal is what the official remembers; the item id stays in the sheet.
                label={`${i + 1}. ${item.goal || item.service || '계획 항목'} 이행여부`}
                placeholder="변경 없음"
                options={optionsOf(ITEM_OUTCOMES)}
                hint={
                  <>
                    {item.service ? `서비스: ${item.service}` : ''}
                    {item.outcome
                      ? ` (현재: ${ITEM_OUTCOMES.label(item.outcome)}${item.outcomeOn ? `, ${item.outcomeOn}` : ''})`
                      : ''}
                  </>
                }
              />
            </div>
          ))}
        </fieldset>
      ) : (
        <p class="notice info small">서비스계획이 없어 이행여부를 기록할 항목이 없습니다.</p>
      )}
      <CheckboxField
        path="needsChanged"
        label="욕구 변화 있음 (재사정 필요)"
        hint="체크하면 점검일로 재사정 기한이 잡힙니다."
      />
    </FormShell>
  );
}

// 종결 / 사후관리 / 재개 -------------------------------------------------------------------------------

export function CloseForm(props: CaseFormProps) {
  const { today } = useShell();
  const form = useCaseForm(props, 'close', 'closeCase', {
    initial: () => P.closeValues(today),
    schema: closeInput,
    toPayload: P.closePayload,
    message: (r) =>
      r.followUpDates.length > 0
        ? `종결했습니다. 사후관리 예정일: ${r.followUpDates.join(', ')}.`
        : '종결했습니다. 사후관리 일정은 없습니다.',
  });
  return (
    <FormShell
      form={form}
      {...shellProps(props, 'close')}
      intro={<p class="hint">종결하면 설정에 따라 사후관리 일정이 잡힙니다 (사망 종결은 제외).</p>}
      submitLabel="종결 저장"
    >
      <DateField path="closedOn" label="종결일" required />
      <SelectField
        path="reason"
        label="종결 사유"
        required
        placeholder="선택하세요"
        options={optionsOf(CLOSURE_REASONS)}
      />
      <TextArea path="evaluation" label="평가" rows={4} hint="목표 달성 정도, 당사자의 변화, 남은 과제" />
    </FormShell>
  );
}

export function FollowUpForm(props: CaseFormProps) {
  const { today } = useShell();
  const form = useCaseForm(props, 'followUp', 'recordFollowUp', {
    initial: () => P.followUpValues(today),
    schema: followUpInput,
    toPayload: P.followUpPayload,
    message: (r, p) =>
      '사후관리를 기록했습니다. ' +
      (r.remaining > 0 ? `남은 사후관리 ${r.remaining}회.` : '사후관리를 모두 마쳤습니다.') +
      (p.newCrisis ? ' 새 위기가 있으면 사례 재개를 검토하세요.' : ''),
  });
  const next = props.file.followUps.filter((f) => !f.contactedOn && f.dueOn).map((f) => f.dueOn as string);
  const due = dueInfo(next[0], today);
  return (
    <FormShell
      form={form}
      {...shellProps(props, 'followUp')}
      intro={
        <p class="hint">
          {next.length > 0
            ? `예정된 사후관리: ${next.join(', ')}${due.text ? ` (가장 가까운 날: ${due.text})` : ''}. 이번 연락은 가장 이른 예정에 기록됩니다.`
            : '예정된 사후관리가 없습니다. 추가 연락으로 기록됩니다.'}
        </p>
      }
    >
      <DateField path="contactedOn" label="사후관리일" required />
      <SelectField
        path="method"
        label="연락 방법"
        required
        placeholder="선택하세요"
        options={optionsOf(CHECK_METHODS)}
      />
      <TextArea path="note" label="사후관리 내용" required hint="변화가 유지되는지, 새 위기 징후가 있는지" />
      <CheckboxField path="newCrisis" label="새 위기 발견" />
    </FormShell>
  );
}

export function ReopenForm(props: CaseFormProps) {
  const { today } = useShell();
  const form = useCaseForm(props, 'reopen', 'reopenCase', {
    initial: () => P.reopenValues(today),
    schema: reopenInput,
    toPayload: P.reopenPayload,
    message: () => '사례를 재개했습니다. 재사정을 진행하세요.',
  });
  return (
    <FormShell
      form={form}
      {...shellProps(props, 'reopen')}
      intro={<p class="hint">재개하면 욕구사정 단계로 돌아가고, 재개일에 재사정 기한이 잡힙니다.</p>}
      submitLabel="재개 저장"
    >
      <DateField path="reopenedOn" label="재개일" required />
      <TextArea path="reason" label="재개 사유" required />
    </FormShell>
  );
}

/** The form for a case action. */
export function CaseForm(props: CaseFormProps & { kind: FormKind }) {
  switch (props.kind) {
    case 'assessment':
      return <AssessmentForm {...props} kind="initial" />;
    case 'reassessment':
      return <AssessmentForm {...props} kind="re" />;
    case 'conference':
      return <ConferenceForm {...props} />;
    case 'consent':
      return <ConsentForm {...props} />;
    case 'plan':
      return <PlanForm {...props} />;
    case 'check':
      return <CheckForm {...props} />;
    case 'close':
      return <CloseForm {...props} />;
    case 'followUp':
      return <FollowUpForm {...props} />;
    case 'reopen':
      return <ReopenForm {...props} />;
    case 'referral':
      return <ReferralForm {...props} />;
  }
}
