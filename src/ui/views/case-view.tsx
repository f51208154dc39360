/** One case: who, where it stands, what is due, what can be done next, and what happened so far. */
import { formatPhone } from '../phone';
import { withParticle } from '../../domain/korean';
import {
  APPROVAL_STATUSES,
  CHECK_METHODS,
  DISCOVERY_CHANNELS,
  INTAKE_OUTCOMES,
  ITEM_OUTCOMES,
  LIFE_DOMAINS,
  RISK_LEVELS,
} from '../../domain/vocabulary';
import {
  ASSESSMENT_FIELDS as A,
  CASE_FIELDS as C,
  INTAKE_FIELDS as I,
  NEED_FIELDS as N,
  PLAN_FIELDS as PL,
  PLAN_ITEM_FIELDS as PI,
} from '../../domain/fields-catalogue';
import { reassignInput } from '../../domain/schemas';
import { isOpen } from '../../domain/workflow';
import type { CaseFileView, PlanItemView, PlanView } from '../api';
import { actionsFor, approvalTargetLabel, dueInfo, reassessmentLabel, type FormKind } from '../cases';
import { useShell } from '../context';
import { FormShellInline, useForm, ViewHeading } from '../form';
import { PracticeNotes } from './practice-notes';
import { reassignPayload, type ReassignValues } from '../payloads';
import { server } from '../server';
import { Fold } from './fold';
import { CaseDocuments } from './case-documents';
import { Mini } from './mini';
import { CaseApprovals } from './case-approvals';
import { ClientCorrection } from './client-correction';
import { RecordCorrection } from './record-correction';
import { AssistantChange } from './assistant-change';
import { ConsentDetails } from './consent-details';
import { HouseholdSection } from './household-section';
import { StaffEmailField, useStaffSuggestions } from '../staff';

interface CaseViewProps {
  file: CaseFileView;
  /** The case is being read again (what is shown may be a moment old). */
  loading: boolean;
  onAction(form: FormKind): void;
  onBack(): void;
  onReload(): Promise<void>;
  /** Opens another case (a case of the same household). */
  onOpenCase?(caseNo: string): void;
}

export function CaseView({ file, loading, onAction, onBack, onReload, onOpenCase }: CaseViewProps) {
  const { today } = useShell();
  const actions = actionsFor(file.stage, Boolean(file.selectedOn));
  const timeline = [...file.timeline].reverse();
  const plans = [...file.plans].reverse();
  const open = isOpen(file.stage);
  // A reopened case may still hold the old closure's unfilled follow-ups: they are not due now.
  const followingUp = file.stage === 'followUp' || file.stage === 'closed';
  // Before a plan exists the deadline of the step at hand is what is due, as 오늘 할 일 says.
  const deadline =
    file.nextDue?.kind === 'assessmentDeadline' || file.nextDue?.kind === 'planDeadline'
      ? file.nextDue
      : null;
  // The stored schedule's date when it is a follow-up (moved off a weekend or holiday, as 오늘 할 일
  // moves it); otherwise the first planned follow-up not yet made.
  const nextFollowUp = !followingUp
    ? null
    : file.nextDue?.kind === 'followUp'
      ? file.nextDue.dueOn
      : (file.followUps
          .filter((f) => !f.contactedOn && f.dueOn)
          .map((f) => f.dueOn as string)
          .sort()[0] ?? null);
  return (
    <div class="case-view" aria-busy={loading ? 'true' : undefined}>
      <button type="button" class="back link" onClick={onBack}>
        ← 사례 목록
      </button>
      <ViewHeading title={file.client.name || '(이름 없음)'} subtitle={`관리번호 ${file.caseNo}`} />
      {loading ? <p class="muted small">최신 내용을 불러오는 중…</p> : null}
      <dl class="facts">
        <div>
          <dt>단계</dt>
          <dd>
            <span class="badge stage">{file.stageLabel || '알 수 없음'}</span>
            {file.caseType === 'highDifficulty' ? <span class="badge">고난도</span> : null}
          </dd>
        </div>
        <div>
          <dt>담당</dt>
          <dd class="wrap">
            {file.caseManagerName || '없음'}
            {/* A name from the 직원 명부, with the account it stands for (the two may be told apart). */}
            {file.caseManagerName !== file.caseManager ? (
              <span class="muted small"> ({file.caseManager})</span>
            ) : null}
          </dd>
        </div>
        {file.assistant ? (
          <div>
            <dt>{C.assistant.label}</dt>
            <dd class="wrap">
              {file.assistantName}
              {file.assistantName !== file.assistant ? (
                <span class="muted small"> ({file.assistant})</span>
              ) : null}
            </dd>
          </div>
        ) : null}
        {open || file.nextCheckDue ? (
          <DueFact label="다음 점검" due={file.nextCheckDue} today={today} />
        ) : null}
        {deadline ? (
          <DueFact label={deadline.label} due={deadline.dueOn} today={today} />
        ) : open || file.nextReassessmentDue ? (
          <DueFact
            label={reassessmentLabel(file.stage)}
            due={file.nextReassessmentDue}
            today={today}
            soonDays={30}
          />
        ) : null}
        {nextFollowUp ? <DueFact label="다음 사후관리" due={nextFollowUp} today={today} /> : null}
        <ApprovalFact file={file} />
        {file.selectedOn ? (
          <div>
            <dt>선정일</dt>
            <dd>{file.selectedOn}</dd>
          </div>
        ) : null}
        {file.closedOn ? (
          <div>
            <dt>종결일</dt>
            <dd>{file.closedOn}</dd>
          </div>
        ) : null}
      </dl>

      {file.missing.length > 0 ? (
        <div class="notice warning" role="note">
          <ul class="plain">
            {file.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {file.problems && file.problems.length > 0 ? (
        <details class="notice warning">
          <summary>시트에서 확인이 필요한 값 {file.problems.length}건</summary>
          <ul class="plain small">
            {file.problems.map((p) => (
              <li key={`${p.table}-${p.rowNumber}-${p.column}`}>
                {p.table} 시트 {p.rowNumber}행 ‘{p.column}’: {p.problem}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      {actions.length > 0 ? (
        <nav class="actions" aria-label="이 사례에 할 일">
          {actions.map((a) => (
            <button
              key={a.form}
              type="button"
              class={a.primary ? 'primary' : 'secondary'}
              onClick={() => onAction(a.form)}
            >
              {a.label}
            </button>
          ))}
        </nav>
      ) : file.stage === 'notSelected' ? (
        <p class="notice info">
          사례회의에서 비선정으로 결정해 마친 사례입니다{file.closedOn ? ` (${file.closedOn})` : ''}. 기한과
          알림은 없습니다. 다시 지원이 필요하면 새로 접수하세요.
        </p>
      ) : (
        <p class="notice info">
          접수 단계에서 마친 기록입니다
          {file.intake?.intakeOutcome
            ? ` (처리유형: ${INTAKE_OUTCOMES.label(file.intake.intakeOutcome)})`
            : ''}
          . 사례관리가 필요해지면 새로 접수하세요.
        </p>
      )}

      <section class="section" aria-labelledby="timeline-title">
        <h3 id="timeline-title">경과 (최근 순)</h3>
        {timeline.length === 0 ? (
          <p class="muted">기록이 없습니다.</p>
        ) : (
          <ol class="timeline">
            {timeline.map((t, i) => (
              <li key={`${t.kind}-${t.date}-${i}`} class={`tl-${t.kind}`}>
                <span class="tl-date">{t.date ?? '날짜 없음'}</span>
                <span class="tl-title">{t.title}</span>
                {t.detail ? <span class="tl-detail">{t.detail}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      {plans.length > 0 ? (
        <section class="section" aria-labelledby="plans-title">
          <h3 id="plans-title">서비스계획</h3>
          {plans.map((p, i) => (
            <PlanDetails key={p.planId} plan={p} number={plans.length - i} open={i === 0} />
          ))}
        </section>
      ) : null}

      <ClientDetails file={file} />
      <ClientCorrection key={file.version} file={file} onReload={onReload} />
      <AssistantChange key={`assistant-${file.version}`} file={file} onReload={onReload} />
      <HouseholdSection file={file} onReload={onReload} onOpenCase={onOpenCase} />
      <AssessmentDetails file={file} />
      <RecordCorrection key={`records-${file.version}`} file={file} onReload={onReload} />
      <ConsentDetails file={file} onReload={onReload} />
      <CaseApprovals file={file} onReload={onReload} />
      <FollowUpDetails file={file} today={today} />
      <CaseDocuments file={file} />
      <PracticeNotes file={file} onReload={onReload} />
      <Reassign file={file} onReload={onReload} />
      <p class="muted small">
        마지막 수정: {file.updatedAt || '-'} {file.updatedBy ? `(${file.updatedBy})` : ''}
      </p>
    </div>
  );
}

function DueFact({
  label,
  due,
  today,
  soonDays,
}: {
  label: string;
  due: string | null;
  today: string;
  soonDays?: number;
}) {
  const info = dueInfo(due, today, soonDays);
  return (
    <div class={`due-${info.state}`}>
      <dt>{label}</dt>
      <dd>
        {due ?? '없음'}
        {info.text ? <span class="due-text"> ({info.text})</span> : null}
        {info.state === 'overdue' ? <span class="badge danger">기한 지남</span> : null}
      </dd>
    </div>
  );
}

/** Where the latest 결재 stands: shown beside the stage, so a waiting or returned one is not missed. */
function ApprovalFact({ file }: { file: CaseFileView }) {
  const latest = file.approvals[file.approvals.length - 1];
  if (!latest?.status) return null;
  return (
    <div>
      <dt>결재</dt>
      <dd>
        <span class={latest.status === 'returned' ? 'badge danger' : 'badge'}>
          {APPROVAL_STATUSES.label(latest.status)}
        </span>{' '}
        {approvalTargetLabel(latest, file)}
      </dd>
    </div>
  );
}

/** A plan is told apart by its number and date; its id (…-P1) stays in the sheet. */
function PlanDetails({ plan, number, open }: { plan: PlanView; number: number; open: boolean }) {
  return (
    <details class="plan" open={open}>
      <summary>
        {number}차 계획 · 동의일 {plan.consentDate ?? '-'} · 항목 {plan.items.length}개
      </summary>
      <dl class="goals">
        <dt>{PL.shortTermGoal.label}</dt>
        <dd class="pre">{plan.shortTermGoal || '-'}</dd>
        {plan.longTermGoal ? (
          <>
            <dt>{PL.longTermGoal.label}</dt>
            <dd class="pre">{plan.longTermGoal}</dd>
          </>
        ) : null}
      </dl>
      <ul class="plain">
        {plan.items.map((item, i) => (
          <li key={item.itemId}>
            <PlanItemCard item={item} number={i + 1} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A plan item card is headed by its goal and service, the words of the plan; never by its id (…-P1-2). */
function PlanItemCard({ item, number }: { item: PlanItemView; number: number }) {
  const period =
    item.startDate || item.endDate ? `${item.startDate ?? ''} ~ ${item.endDate ?? ''}`.trim() : '';
  return (
    <div class="item-card">
      <div class="item-top">
        <span class="item-number">항목 {number}</span>
        <span class={`badge${item.outcome ? ` outcome-${item.outcome}` : ''}`}>
          이행여부: {item.outcome ? ITEM_OUTCOMES.label(item.outcome) : '미기록'}
        </span>
      </div>
      <p class="item-goal">{item.goal}</p>
      <p>{item.service}</p>
      <dl class="mini">
        {item.priority !== null ? <Mini label={PI.priority.label} value={String(item.priority)} /> : null}
        {item.timing ? <Mini label={PI.timing.label} value={item.timing} /> : null}
        {period ? <Mini label="기간" value={period} /> : null}
        {item.timesPerWeek !== null ? <Mini label="횟수" value={`주 ${item.timesPerWeek}회`} /> : null}
        {item.provider ? <Mini label={PI.provider.label} value={item.provider} /> : null}
        {item.providerContact ? <Mini label={PI.providerContact.label} value={item.providerContact} /> : null}
        {item.checkMethod ? <Mini label={PI.checkMethod.label} value={item.checkMethod} /> : null}
        {item.outcomeOn ? <Mini label="이행 기록일" value={item.outcomeOn} /> : null}
      </dl>
    </div>
  );
}

function ClientDetails({ file }: { file: CaseFileView }) {
  const intake = file.intake;
  return (
    <details class="section">
      <summary>대상자·접수 정보</summary>
      <dl class="mini">
        <Mini label={C.birthDate.label} value={file.client.birthDate ?? '-'} />
        <Mini label={C.phone.label} value={formatPhone(file.client.phone) || '-'} />
        <Mini label={C.address.label} value={file.client.address || '-'} />
        {file.client.household ? <Mini label={C.household.label} value={file.client.household} /> : null}
        {intake ? (
          <>
            <Mini label={I.intakeDate.label} value={intake.intakeDate ?? '-'} />
            <Mini
              label={I.discovery.label}
              value={intake.discovery ? DISCOVERY_CHANNELS.label(intake.discovery) : '-'}
            />
            <Mini label={I.presentingProblem.label} value={intake.presentingProblem || '-'} />
            {intake.potentialProblems ? (
              <Mini label={I.potentialProblems.label} value={intake.potentialProblems} />
            ) : null}
            {intake.strengths ? <Mini label={I.strengths.label} value={intake.strengths} /> : null}
            {intake.weaknesses ? <Mini label={I.weaknesses.label} value={intake.weaknesses} /> : null}
            <Mini
              label={I.intakeOutcome.label}
              value={intake.intakeOutcome ? INTAKE_OUTCOMES.label(intake.intakeOutcome) : '-'}
            />
          </>
        ) : null}
      </dl>
    </details>
  );
}

function AssessmentDetails({ file }: { file: CaseFileView }) {
  const last = file.assessments[file.assessments.length - 1];
  if (!last) return null;
  return (
    <details class="section">
      <summary>
        최근 욕구사정 ({last.assessedOn ?? '-'}
        {last.riskLevel ? `, 위기도 ${RISK_LEVELS.label(last.riskLevel)}` : ''})
      </summary>
      <ul class="plain">
        {last.needs.map((n, i) => (
          <li key={i} class="item-card">
            <strong>{n.domain ? LIFE_DOMAINS.label(n.domain) : '영역 없음'}</strong>
            <dl class="mini">
              {n.problem ? <Mini label={N.problem.label} value={n.problem} /> : null}
              {n.demand ? <Mini label={N.demand.label} value={n.demand} /> : null}
              <Mini label={N.need.label} value={n.need} />
            </dl>
          </li>
        ))}
      </ul>
      <dl class="mini">
        {last.strengths ? <Mini label={A.strengths.label} value={last.strengths} /> : null}
        {last.supportSystem ? <Mini label={A.supportSystem.label} value={last.supportSystem} /> : null}
        {last.functionalEvaluation ? (
          <Mini label={A.functionalEvaluation.label} value={last.functionalEvaluation} />
        ) : null}
      </dl>
    </details>
  );
}

function FollowUpDetails({ file, today }: { file: CaseFileView; today: string }) {
  if (file.followUps.length === 0) return null;
  return (
    <details class="section" open={file.stage === 'followUp'}>
      <summary>사후관리 일정</summary>
      <ul class="plain">
        {file.followUps.map((f) => {
          const due = dueInfo(f.dueOn, today);
          return (
            <li key={f.followUpId} class="item-card">
              {f.contactedOn ? (
                <>
                  <strong>{f.contactedOn} 완료</strong>
                  {f.method ? ` · ${CHECK_METHODS.label(f.method)}` : ''}
                  {f.newCrisis ? <span class="badge danger">새 위기</span> : null}
                  {f.note ? <p class="pre">{f.note}</p> : null}
                </>
              ) : (
                <span class={`due-${due.state}`}>
                  예정 {f.dueOn ?? '-'} {due.text ? `(${due.text})` : ''}
                  {due.state === 'overdue' ? <span class="badge danger">기한 지남</span> : null}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function Reassign({ file, onReload }: { file: CaseFileView; onReload(): Promise<void> }) {
  const { announce } = useShell();
  const listed = useStaffSuggestions().length > 0;
  const form = useForm<ReassignValues, ReturnType<typeof reassignPayload>, { reassigned: number }>({
    form: 'reassign',
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} 담당자 변경`,
    initial: () => ({ caseManager: '' }),
    schema: reassignInput,
    toPayload: (v) => reassignPayload(v, file.caseNo),
    send: (payload) => server.reassignCases(payload),
    onSaved: (result, payload) => {
      form.reset();
      void onReload().then(() =>
        announce(
          result.reassigned > 0
            ? `담당자를 ${withParticle(payload.caseManager, '으로')} 바꿨습니다.`
            : '이미 그 담당자의 사례입니다.',
          'success',
        ),
      );
    },
  });
  return (
    <Fold summary="담당자 변경" forceOpen={Boolean(form.formError) || Object.keys(form.errors).length > 0}>
      <FormShellInline form={form} submitLabel="담당자 변경">
        <StaffEmailField
          path="caseManager"
          label="새 담당 사례관리자 (이메일)"
          required
          hint={
            listed
              ? '다른 동으로 옮기는 담당자의 사례를 넘길 때 씁니다. 직원 명부에 있는 직원만 고를 수 있습니다.'
              : '다른 동으로 옮기는 담당자의 사례를 넘길 때 씁니다.'
          }
        />
      </FormShellInline>
    </Fold>
  );
}
