/**
 * 가구 on the case view (issue 14): the client's 가구원 as a small table, the form that edits them
 * (saveHouseholdMembers: the list replaces the case's rows), and the cases of the same household
 * (linkHousehold / unlinkHousehold), each opening with one click or Enter.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { asked } from '../../domain/fields';
import { HOUSEHOLD_MEMBER_FIELDS as HM } from '../../domain/fields-catalogue';
import {
  linkHouseholdInput,
  MAX_HOUSEHOLD_MEMBERS,
  saveHouseholdMembersInputAsOf,
  type LinkHouseholdInput,
  type SaveHouseholdMembersInput,
} from '../../domain/schemas';
import { HOUSEHOLD_RELATIONS, STAGES } from '../../domain/vocabulary';
import type { CaseFileView } from '../api';
import { useShell } from '../context';
import { FormShellInline, GroupError, optionsOf, SelectField, TextField, useForm } from '../form';
import { newRowKey } from '../payloads';
import { server } from '../server';
import { Fold } from './fold';
import { focusSoon } from './forms/shared';

interface MemberRow {
  key: string;
  relation: string;
  birthYear: string;
  note: string;
}

interface MembersValues {
  members: MemberRow[];
}

const emptyMember = (): MemberRow => ({ key: newRowKey(), relation: '', birthYear: '', note: '' });

const valuesOf = (file: CaseFileView): MembersValues => ({
  members: file.household.members.map((m) => ({
    key: newRowKey(),
    relation: m.relation,
    birthYear: m.birthYear === null ? '' : String(m.birthYear),
    note: m.note,
  })),
});

interface HouseholdProps {
  file: CaseFileView;
  onReload(): Promise<void>;
  onOpenCase?(caseNo: string): void;
}

export function HouseholdSection({ file, onReload, onOpenCase }: HouseholdProps) {
  const { members, linkedCases } = file.household;
  return (
    <section class="section" aria-labelledby="household-title">
      <h3 id="household-title">가구</h3>
      <h4 class="subhead">가구원</h4>
      {members.length === 0 ? (
        <p class="muted">등록된 가구원이 없습니다. 아래 "가구원 편집"에서 추가하세요.</p>
      ) : (
        <table class="members">
          <caption class="visually-hidden">가구원 {members.length}명</caption>
          <thead>
            <tr>
              <th scope="col">{HM.relation.label}</th>
              <th scope="col">{HM.birthYear.label}</th>
              <th scope="col">{HM.note.label}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.memberNo}>
                <td>{HOUSEHOLD_RELATIONS.label(m.relation)}</td>
                <td>{m.birthYear ?? '-'}</td>
                <td>{m.note || '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MembersEditor key={`members-${file.version}`} file={file} onReload={onReload} />

      <h4 class="subhead">같은 가구 사례</h4>
      {linkedCases.length === 0 ? (
        <p class="muted">같은 가구로 연결된 사례가 없습니다.</p>
      ) : (
        <ul class="linked-cases">
          {linkedCases.map((c) => (
            <li key={c.caseNo}>
              <button type="button" class="link" onClick={() => onOpenCase?.(c.caseNo)}>
                {c.caseNo} {c.clientName}
              </button>
              <span class="muted small">
                {' '}
                · {c.stage ? STAGES.label(c.stage) : '단계 없음'} · {c.caseManager || '담당자 없음'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <LinkForm key={`link-${file.version}`} file={file} onReload={onReload} />
      {file.household.householdNo ? (
        <Unlink key={`unlink-${file.version}`} file={file} onReload={onReload} />
      ) : null}
    </section>
  );
}

/** 가구원 편집: rows added and removed in place; saving replaces the case's list with this one. */
function MembersEditor({ file, onReload }: { file: CaseFileView; onReload(): Promise<void> }) {
  const { today, announce } = useShell();
  const form = useForm<MembersValues, SaveHouseholdMembersInput, unknown>({
    form: 'saveHouseholdMembers',
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} ${file.client.name} · 가구원 편집`,
    initial: () => valuesOf(file),
    schema: saveHouseholdMembersInputAsOf(today),
    toPayload: (v) => ({
      caseNo: file.caseNo,
      version: file.version,
      members: v.members.map((m) => ({
        relation: m.relation as SaveHouseholdMembersInput['members'][number]['relation'],
        ...(m.birthYear.trim() === '' ? {} : { birthYear: m.birthYear.trim() as unknown as number }),
        note: m.note,
      })),
    }),
    send: (payload) => server.saveHouseholdMembers(payload),
    onSaved: (_r, payload) => {
      form.reset();
      return onReload().then(() => announce(`가구원 ${payload.members.length}명을 저장했습니다.`, 'success'));
    },
  });
  const rows = form.values.members;
  return (
    <Fold summary="가구원 편집" forceOpen={Boolean(form.formError) || Object.keys(form.errors).length > 0}>
      <FormShellInline form={form} submitLabel="가구원 저장">
        <p class="hint">이름과 주민등록번호는 적지 않습니다. 가구 전체의 사정은 위 "가구 상황"에 적습니다.</p>
        <GroupError path="members" />
        {rows.map((row, i) => (
          <fieldset class="row-card" key={row.key}>
            <legend>가구원 {i + 1}</legend>
            <button
              type="button"
              class="remove link"
              aria-label={`가구원 ${i + 1} 삭제`}
              onClick={() => {
                form.set(
                  'members',
                  rows.filter((_, j) => j !== i),
                );
                if (rows.length > 1) focusSoon(`members.${Math.max(0, i - 1)}.relation`);
              }}
            >
              삭제
            </button>
            <SelectField
              path={`members.${i}.relation`}
              {...asked(HM.relation)}
              required
              placeholder="선택하세요"
              options={optionsOf(HOUSEHOLD_RELATIONS)}
            />
            <TextField
              path={`members.${i}.birthYear`}
              {...asked(HM.birthYear)}
              inputMode="numeric"
              maxLength={4}
            />
            <TextField path={`members.${i}.note`} {...asked(HM.note)} maxLength={HM.note.limit} />
          </fieldset>
        ))}
        {rows.length < MAX_HOUSEHOLD_MEMBERS ? (
          <button
            type="button"
            class="secondary add"
            onClick={() => {
              form.set('members', [...rows, emptyMember()]);
              focusSoon(`members.${rows.length}.relation`);
            }}
          >
            ＋ 가구원 추가
          </button>
        ) : null}
      </FormShellInline>
    </Fold>
  );
}

/** 같은 가구 사례 연결: another case's 관리번호; both cases then share one 가구번호. */
function LinkForm({ file, onReload }: { file: CaseFileView; onReload(): Promise<void> }) {
  const { announce } = useShell();
  const form = useForm<{ otherCaseNo: string }, LinkHouseholdInput, unknown>({
    form: 'linkHousehold',
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} ${file.client.name} · 같은 가구 사례 연결`,
    initial: () => ({ otherCaseNo: '' }),
    schema: linkHouseholdInput,
    toPayload: (v) => ({ caseNo: file.caseNo, version: file.version, otherCaseNo: v.otherCaseNo.trim() }),
    send: (payload) => server.linkHousehold(payload),
    onSaved: (_r, payload) => {
      form.reset();
      return onReload().then(() =>
        announce(`${payload.otherCaseNo} 사례를 같은 가구로 연결했습니다.`, 'success'),
      );
    },
  });
  return (
    <Fold
      summary="같은 가구 사례 연결"
      forceOpen={Boolean(form.formError) || Object.keys(form.errors).length > 0}
    >
      <FormShellInline form={form} submitLabel="연결">
        <TextField
          path="otherCaseNo"
          label="같은 가구 사례의 관리번호"
          hint="예: 행복-2026-0002. 두 사례가 같은 가구번호를 갖습니다."
          required
        />
      </FormShellInline>
    </Fold>
  );
}

/** 가구 연결 해제, after a confirmation: the other cases of the household stay linked to each other. */
function Unlink({ file, onReload }: { file: CaseFileView; onReload(): Promise<void> }) {
  const { announce } = useShell();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);
  const unlink = async () => {
    setBusy(true);
    try {
      await server.unlinkHousehold({ caseNo: file.caseNo, version: file.version });
      await onReload();
      announce('가구 연결을 해제했습니다.', 'success');
    } catch (error) {
      announce((error as Error).message, 'error');
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  if (!confirming)
    return (
      <p>
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          가구 연결 해제
        </button>
      </p>
    );
  return (
    <div class="notice warning confirm" role="alertdialog" aria-labelledby="confirm-unlink-text">
      <p id="confirm-unlink-text" ref={heading} tabIndex={-1}>
        {file.caseNo} 사례를 같은 가구 연결에서 뺄까요? 남은 사례가 하나뿐이면 그 사례의 연결도 함께 지웁니다.
      </p>
      <div class="form-actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void unlink()}>
          연결을 해제합니다
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={() => setConfirming(false)}>
          취소
        </button>
      </div>
    </div>
  );
}
