/**
 * 결재 on the case view: what was sent to the 복지팀장 and what they decided, a request for the
 * latest plan or closure, and (for the 복지팀장) the decision on what waits. The server decides who
 * may approve (src/app/roles.ts): anyone else who tries gets its Korean refusal beside the form.
 */
import { approvalDecisionInput, approvalRequestInput } from '../../domain/schemas';
import { APPROVAL_DECISIONS, APPROVAL_STATUSES, APPROVAL_SUBJECTS } from '../../domain/vocabulary';
import type { ApprovalSubject } from '../../domain/vocabulary';
import type { ApprovalDecisionInput, ApprovalRequestInput } from '../../domain/schemas';
import type { CaseFileView } from '../api';
import { approvalSubjectsOpen, approvalTargetLabel, waitingApprovals } from '../cases';
import { useShell } from '../context';
import { FormShellInline, optionsOf, RadioGroup, SelectField, TextArea, useForm } from '../form';
import { server } from '../server';
import { Fold } from './fold';
import { Mini } from './mini';

interface Props {
  file: CaseFileView;
  onReload(): Promise<void>;
}

export function CaseApprovals(props: Props) {
  const { file } = props;
  const subjects = approvalSubjectsOpen(file);
  const waiting = waitingApprovals(file);
  if (file.approvals.length === 0 && subjects.length === 0) return null;
  const history = [...file.approvals].reverse();
  return (
    <Fold
      summary={`결재${waiting.length > 0 ? ` (대기 ${waiting.length}건)` : ''}`}
      forceOpen={waiting.length > 0}
    >
      {history.length > 0 ? (
        <ul class="plain">
          {history.map((a) => (
            <li key={a.approvalId} class="item-card">
              <div class="item-top">
                <strong>{approvalTargetLabel(a, file)}</strong>
                <span class={a.status === 'returned' ? 'badge danger' : 'badge'}>
                  {a.status ? APPROVAL_STATUSES.label(a.status) : '상태 모름'}
                </span>
              </div>
              <dl class="mini">
                <Mini label="요청" value={`${a.requestedAt.slice(0, 10)} ${a.requestedByName}`.trim()} />
                {a.decidedAt ? (
                  <Mini label="결정" value={`${a.decidedAt.slice(0, 10)} ${a.decidedByName}`.trim()} />
                ) : null}
                {a.comment ? <Mini label="의견" value={a.comment} /> : null}
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
      {waiting.length > 0 ? <DecideApproval {...props} waiting={waiting} /> : null}
      {subjects.length > 0 ? <RequestApproval {...props} subjects={subjects} /> : null}
    </Fold>
  );
}

/** An empty choice means "not chosen": the schema then names what is missing. */
const given = (value: string) => (value === '' ? undefined : value);

function RequestApproval({ file, onReload, subjects }: Props & { subjects: ApprovalSubject[] }) {
  const { announce } = useShell();
  const form = useForm<{ subject: string }, ApprovalRequestInput, { approvalId: string }>({
    form: 'approvalRequest',
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} ${file.client.name} · 결재 요청`,
    initial: () => ({ subject: subjects.length === 1 ? (subjects[0] as string) : '' }),
    schema: approvalRequestInput,
    toPayload: (v) => ({ caseNo: file.caseNo, subject: given(v.subject) }) as ApprovalRequestInput,
    send: (payload) => server.requestApproval(payload),
    onSaved: (_result, payload) => {
      form.reset();
      return onReload().then(() =>
        announce(
          `${APPROVAL_SUBJECTS.label(payload.subject)} 결재를 요청했습니다. 복지팀장의 결정을 기다립니다.`,
          'success',
        ),
      );
    },
  });
  return (
    <FormShellInline form={form} submitLabel="결재 요청">
      <RadioGroup
        path="subject"
        label="결재 받을 것"
        required
        options={optionsOf(APPROVAL_SUBJECTS).filter((o) => subjects.includes(o.value as ApprovalSubject))}
        hint="가장 최근의 서비스계획이나 종결 기록을 복지팀장에게 올립니다."
      />
    </FormShellInline>
  );
}

interface DecisionValues {
  approvalId: string;
  decision: string;
  comment: string;
}

function DecideApproval({ file, onReload, waiting }: Props & { waiting: CaseFileView['approvals'] }) {
  const { announce } = useShell();
  const form = useForm<DecisionValues, ApprovalDecisionInput, { status: string }>({
    form: 'approvalDecision',
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} ${file.client.name} · 결재`,
    initial: () => ({ approvalId: waiting[0]?.approvalId ?? '', decision: '', comment: '' }),
    schema: approvalDecisionInput,
    toPayload: (v) =>
      ({
        approvalId: v.approvalId,
        decision: given(v.decision),
        comment: given(v.comment.trim()),
      }) as ApprovalDecisionInput,
    send: (payload) => server.decideApproval(payload),
    onSaved: (_result, payload) => {
      form.reset();
      return onReload().then(() =>
        announce(
          payload.decision === 'approved' ? '승인했습니다.' : '반려했습니다. 담당자가 의견을 보고 고칩니다.',
          'success',
        ),
      );
    },
  });
  return (
    <FormShellInline form={form} submitLabel="결재 저장">
      {waiting.length > 1 ? (
        <SelectField
          path="approvalId"
          label="결재할 요청"
          required
          options={waiting.map((a) => ({ value: a.approvalId, label: approvalTargetLabel(a, file) }))}
        />
      ) : (
        <p class="hint">복지팀장 결재: {waiting[0] ? approvalTargetLabel(waiting[0], file) : ''}</p>
      )}
      <RadioGroup path="decision" label="결정" required options={optionsOf(APPROVAL_DECISIONS)} />
      <TextArea path="comment" label="의견" rows={2} hint="반려할 때는 무엇을 고칠지 꼭 적으세요." />
    </FormShellInline>
  );
}
