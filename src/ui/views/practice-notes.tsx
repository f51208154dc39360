/**
 * 활동 기록 and 권익옹호 on the case view: short inline forms, because both are notes of the work
 * between checks, written often and in a few words (recordActivity, recordAdvocacy).
 */
import { asked } from '../../domain/fields';
import { ACTIVITY_FIELDS as AC, ADVOCACY_FIELDS as AD } from '../../domain/fields-catalogue';
import { activityInput, advocacyInput } from '../../domain/schemas';
import { ACTIVITY_KINDS, ADVOCACY_LEVELS, GAP_KINDS } from '../../domain/vocabulary';
import type { ActivityInput, AdvocacyInput } from '../../domain/schemas';
import type { CaseFileView } from '../api';
import { useShell } from '../context';
import { DateField, FormShellInline, optionsOf, SelectField, TextArea, TextField, useForm } from '../form';
import { server } from '../server';
import { Fold } from './fold';
import { isOpen } from '../../domain/workflow';

interface Props {
  file: CaseFileView;
  onReload(): Promise<void>;
}

/** Both notes, on a case under management (사후관리 included), as the server accepts them. */
export function PracticeNotes(props: Props) {
  if (!isOpen(props.file.stage) && props.file.stage !== 'followUp') return null;
  return (
    <>
      <ActivityNote {...props} />
      <AdvocacyNote {...props} />
    </>
  );
}

/** An empty choice or text means "not given": the schema then names what is missing. */
const given = (value: string) => (value === '' ? undefined : value);

interface ActivityValues {
  on: string;
  kind: string;
  content: string;
  participants: string;
}

function ActivityNote({ file, onReload }: Props) {
  const { today, announce } = useShell();
  const form = useForm<ActivityValues, ActivityInput, { activityId: string }>({
    form: 'activity',
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} ${file.client.name} · 활동 기록`,
    initial: () => ({ on: today, kind: '', content: '', participants: '' }),
    schema: activityInput,
    toPayload: (v) =>
      ({
        caseNo: file.caseNo,
        on: v.on,
        kind: given(v.kind),
        content: v.content,
        participants: given(v.participants),
        version: file.version,
      }) as ActivityInput,
    send: (payload) => server.recordActivity(payload),
    onSaved: () => {
      form.reset();
      void onReload().then(() => announce('활동을 기록했습니다.', 'success'));
    },
  });
  return (
    <Fold
      summary="활동 기록 (상담·개입)"
      forceOpen={Boolean(form.formError) || Object.keys(form.errors).length > 0}
    >
      <FormShellInline form={form} submitLabel="활동 기록">
        <DateField path="on" {...asked(AC.on)} required />
        <SelectField
          path="kind"
          {...asked(AC.kind)}
          required
          placeholder="선택하세요"
          options={optionsOf(ACTIVITY_KINDS)}
        />
        <TextArea path="content" {...asked(AC.content)} required rows={3} />
        <TextField path="participants" {...asked(AC.participants)} />
      </FormShellInline>
    </Fold>
  );
}

interface AdvocacyValues {
  on: string;
  level: string;
  counterpart: string;
  action: string;
  outcome: string;
  gapKind: string;
}

function AdvocacyNote({ file, onReload }: Props) {
  const { today, announce } = useShell();
  const form = useForm<AdvocacyValues, AdvocacyInput, { advocacyId: string }>({
    form: 'advocacy',
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} ${file.client.name} · 권익옹호`,
    initial: () => ({ on: today, level: '', counterpart: '', action: '', outcome: '', gapKind: '' }),
    schema: advocacyInput,
    toPayload: (v) =>
      ({
        caseNo: file.caseNo,
        on: v.on,
        level: given(v.level),
        counterpart: v.counterpart,
        action: v.action,
        outcome: given(v.outcome),
        gapKind: given(v.gapKind),
        version: file.version,
      }) as AdvocacyInput,
    send: (payload) => server.recordAdvocacy(payload),
    onSaved: () => {
      form.reset();
      void onReload().then(() => announce('권익옹호를 기록했습니다.', 'success'));
    },
  });
  return (
    <Fold summary="권익옹호" forceOpen={Boolean(form.formError) || Object.keys(form.errors).length > 0}>
      <FormShellInline form={form} submitLabel="권익옹호 기록">
        <DateField path="on" {...asked(AD.on)} required />
        <SelectField
          path="level"
          {...asked(AD.level)}
          required
          placeholder="선택하세요"
          options={optionsOf(ADVOCACY_LEVELS)}
        />
        <TextField path="counterpart" {...asked(AD.counterpart)} required />
        <TextArea path="action" {...asked(AD.action)} required rows={3} />
        <TextArea path="outcome" {...asked(AD.outcome)} rows={2} />
        <SelectField
          path="gapKind"
          label={AD.gapKind.label}
          placeholder="서비스체계 개선일 때 고르세요"
          options={optionsOf(GAP_KINDS)}
          hint="대시보드에 종류별로 모여 통합사례회의에서 구에 건의할 때 씁니다."
        />
      </FormShellInline>
    </Fold>
  );
}
