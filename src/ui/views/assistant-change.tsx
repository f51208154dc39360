/**
 * 보조담당자 바꾸기: the case's internal assistant or partner contact, beside the fixed case manager.
 * Sent through updateClient with the version the case was read at (a stale edit is refused), so the
 * change is audit-logged old → new like any correction of the case; an empty box takes it off.
 */
import { withParticle } from '../../domain/korean';
import { asked } from '../../domain/fields';
import { CASE_FIELDS as C } from '../../domain/fields-catalogue';
import { updateClientInput, type UpdateClientInput } from '../../domain/schemas';
import type { CaseFileView } from '../api';
import { useShell } from '../context';
import { Fold } from './fold';
import { FormShellInline, useForm } from '../form';
import { server } from '../server';
import { StaffEmailField } from '../staff';

interface AssistantValues {
  assistant: string;
}

/** Mounted again after each save (keyed by the case's version), so it starts from what was saved. */
export function AssistantChange({ file, onReload }: { file: CaseFileView; onReload(): Promise<void> }) {
  const { announce } = useShell();
  const form = useForm<AssistantValues, UpdateClientInput, unknown>({
    form: 'assistant',
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} ${C.assistant.label} 바꾸기`,
    initial: () => ({ assistant: file.assistant }),
    schema: updateClientInput,
    toPayload: (v) => ({ caseNo: file.caseNo, version: file.version, assistant: v.assistant.trim() }),
    send: (payload) => server.updateClient(payload),
    onSaved: (_result, payload) => {
      form.reset();
      return onReload().then(() =>
        announce(
          payload.assistant
            ? `${C.assistant.label}를 ${withParticle(payload.assistant, '으로')} 정했습니다.`
            : `${C.assistant.label}를 뺐습니다.`,
          'success',
        ),
      );
    },
  });
  return (
    <Fold
      summary={`${C.assistant.label} 바꾸기`}
      forceOpen={Boolean(form.formError) || Object.keys(form.errors).length > 0}
    >
      <FormShellInline form={form} submitLabel={`${C.assistant.label} 저장`}>
        <StaffEmailField path="assistant" {...asked(C.assistant)} />
      </FormShellInline>
    </Fold>
  );
}
