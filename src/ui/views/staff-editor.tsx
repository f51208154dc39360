/**
 * 직원 명부 in the settings view: each worker's e-mail, name, phone and role, the whole list saved at
 * once into the 직원 tab (checked with the server's schema first, the same Korean messages).
 */
import { FieldError } from '../form/field-context';
import { ErrorNotice } from '../error-notice';
import { useEffect, useState } from 'preact/hooks';
import type { StaffRecord } from '../api';
import { useShell } from '../context';
import { serverMessage } from '../rpc';
import { server } from '../server';
import { saveStaffInput, type StaffMemberInput } from '../../domain/staff-directory';
import { STAFF_ROLES } from '../../domain/vocabulary';
import { forgetStaffList } from '../staff';

interface Row extends StaffMemberInput {
  /** Stable across edits, for keys and ids (an e-mail can be retyped). */
  uid: number;
}

type Errors = Record<string, string>;

let nextUid = 1;
const toRow = (m: StaffRecord): Row => ({
  uid: nextUid++,
  email: m.email,
  name: m.name,
  phone: m.phone,
  role: m.role ?? 'caseManager',
});

/** zod's issues as `${uid}.${field}` → message (a row's first problem per field). */
function errorsOf(rows: Row[], issues: readonly { path: PropertyKey[]; message: string }[]): Errors {
  const found: Errors = {};
  for (const issue of issues) {
    const [, index, field] = issue.path;
    const row = typeof index === 'number' ? rows[index] : undefined;
    const key = row ? `${row.uid}.${String(field ?? 'email')}` : 'list';
    found[key] ??= issue.message;
  }
  return found;
}

export function StaffEditor() {
  const { announce } = useShell();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);

  const load = () => {
    setLoadError('');
    server.getStaff({}).then(
      (answer) => setRows(answer.staff.map(toRow)),
      (error: unknown) => setLoadError(serverMessage(error)),
    );
  };
  useEffect(load, []);

  const edit = (uid: number, field: keyof StaffMemberInput, value: string) => {
    setRows((list) => list && list.map((r) => (r.uid === uid ? { ...r, [field]: value } : r)));
    if (errors[`${uid}.${field}`]) setErrors((e) => ({ ...e, [`${uid}.${field}`]: '' }));
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (!rows || saving) return;
    setFailure('');
    const payload = { staff: rows.map(({ uid: _uid, ...member }) => member) };
    const checked = saveStaffInput.safeParse(payload);
    if (!checked.success) {
      const found = errorsOf(rows, checked.error.issues);
      setErrors(found);
      announce(`직원 명부를 확인하세요: ${Object.keys(found).length}개 칸에 문제가 있습니다.`, 'error');
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`staff-${first.replace('.', '-')}`)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    server.saveStaff(payload).then(
      (result) => {
        setSaving(false);
        setRows(result.staff.map(toRow));
        forgetStaffList();
        announce(
          result.added + result.changed + result.removed === 0
            ? '바뀐 직원이 없습니다.'
            : `직원 명부를 저장했습니다: 추가 ${result.added}명, 수정 ${result.changed}명, 삭제 ${result.removed}명.`,
          'success',
        );
      },
      (error: unknown) => {
        setSaving(false);
        setFailure(serverMessage(error));
        announce('직원 명부를 저장하지 못했습니다: 안내를 확인하세요.', 'error');
      },
    );
  };

  return (
    <form class="form staff-editor" noValidate onSubmit={save} aria-labelledby="staff-title">
      <fieldset class="group-box">
        <legend id="staff-title">직원 명부 (직원 탭)</legend>
        <p class="hint">
          결재는 복지팀장만 할 수 있고, 한 사람이라도 적으면 담당자는 이 명부의 직원 중에서만 고릅니다.
          문서에는 이메일 대신 이름이 인쇄됩니다.
        </p>
        <ErrorNotice message={loadError} onRetry={load} />
        {rows === null && !loadError ? <p class="muted">직원 명부를 불러오는 중…</p> : null}
        {rows && rows.length === 0 ? <p class="muted">아직 등록한 직원이 없습니다.</p> : null}
        <ErrorNotice message={failure} />
        {rows?.map((row, i) => (
          <fieldset key={row.uid} class="row-card compact" aria-label={`직원 ${i + 1}`}>
            <legend class="visually-hidden">직원 {i + 1}</legend>
            <StaffField row={row} field="email" label="이메일" errors={errors} onEdit={edit} />
            <StaffField row={row} field="name" label="이름" errors={errors} onEdit={edit} />
            <StaffField row={row} field="phone" label="연락처" errors={errors} onEdit={edit} />
            <div class="field">
              <label for={`staff-${row.uid}-role`}>역할</label>
              <select
                id={`staff-${row.uid}-role`}
                value={row.role}
                onChange={(e) => edit(row.uid, 'role', e.currentTarget.value)}
              >
                {STAFF_ROLES.keys.map((role) => (
                  <option key={role} value={role}>
                    {STAFF_ROLES.label(role)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              class="remove link"
              onClick={() => setRows((list) => list && list.filter((r) => r.uid !== row.uid))}
            >
              직원 {i + 1} 삭제
            </button>
          </fieldset>
        ))}
        {errors.list ? <p class="field-error">{errors.list}</p> : null}
        {rows ? (
          <div class="form-actions">
            <button
              type="button"
              class="secondary"
              onClick={() =>
                setRows((list) => [
                  ...(list ?? []),
                  toRow({ email: '', name: '', phone: '', role: 'caseManager' }),
                ])
              }
            >
              ＋ 직원 추가
            </button>
            <button type="submit" class="primary" disabled={saving}>
              {saving ? '저장 중…' : '직원 명부 저장'}
            </button>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}

function StaffField(props: {
  row: Row;
  field: 'email' | 'name' | 'phone';
  label: string;
  errors: Errors;
  onEdit(uid: number, field: keyof StaffMemberInput, value: string): void;
}) {
  const id = `staff-${props.row.uid}-${props.field}`;
  const error = props.errors[`${props.row.uid}.${props.field}`];
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode={props.field === 'email' ? 'email' : props.field === 'phone' ? 'tel' : undefined}
        value={props.row[props.field]}
        autoComplete="off"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onInput={(e) => props.onEdit(props.row.uid, props.field, e.currentTarget.value)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}
