/**
 * 대상자 정보 고치기 (updateClient) on the case view: the client's details as they stand, changed
 * in place. Only what differs is sent, with the version the case was read at, so a correction never
 * overwrites someone else's newer save; the server keeps old → new in the 감사 로그.
 */
import { asked } from '../../domain/fields';
import { CASE_FIELDS as C } from '../../domain/fields-catalogue';
import { updateClientInputAsOf, type UpdateClientInput } from '../../domain/schemas';
import type { CaseFileView } from '../api';
import { useShell } from '../context';
import { DateField, FormShellInline, TextArea, TextField, useForm } from '../form';
import { server } from '../server';
import { Fold } from './fold';

interface ClientValues {
  client: { name: string; birthDate: string; phone: string; address: string; household: string };
}

const valuesOf = (file: CaseFileView): ClientValues => ({
  client: {
    name: file.client.name,
    birthDate: file.client.birthDate ?? '',
    phone: file.client.phone,
    address: file.client.address,
    household: file.client.household,
  },
});

/** The fields whose value differs from the case as read: nothing else is sent. */
function changedFields(now: ClientValues['client'], before: ClientValues['client']) {
  const keys = Object.keys(now) as (keyof ClientValues['client'])[];
  return Object.fromEntries(keys.filter((k) => now[k].trim() !== before[k]).map((k) => [k, now[k].trim()]));
}

/** Mounted again after each save (keyed by the case's version), so it starts from what was saved. */
export function ClientCorrection({ file, onReload }: { file: CaseFileView; onReload(): Promise<void> }) {
  const { today, announce } = useShell();
  const form = useForm<ClientValues, UpdateClientInput, unknown>({
    form: 'updateClient',
    caseNo: file.caseNo,
    draftLabel: `${file.caseNo} ${file.client.name} · 대상자 정보 고치기`,
    initial: () => valuesOf(file),
    // As of today, like the server: a birth date in the future is named beside its field.
    schema: updateClientInputAsOf(today),
    toPayload: (v) => ({
      caseNo: file.caseNo,
      version: file.version,
      client: changedFields(v.client, valuesOf(file).client),
    }),
    send: (payload) => server.updateClient(payload),
    onSaved: (_result, payload) => {
      form.reset();
      const count = Object.keys(payload.client ?? {}).length;
      return onReload().then(() =>
        announce(
          `대상자 정보 ${count}개 항목을 고쳤습니다. 고치기 전 값은 감사 로그에 남았습니다.`,
          'success',
        ),
      );
    },
  });
  return (
    <Fold
      summary="대상자 정보 고치기"
      forceOpen={Boolean(form.formError) || Object.keys(form.errors).length > 0}
    >
      <FormShellInline form={form} submitLabel="고친 내용 저장">
        <TextField path="client.name" {...asked(C.clientName)} required />
        <DateField path="client.birthDate" label={C.birthDate.label} required />
        <TextField path="client.phone" {...asked(C.phone)} type="tel" inputMode="tel" />
        <TextField path="client.address" {...asked(C.address)} />
        <TextArea path="client.household" label={C.household.label} rows={2} />
      </FormShellInline>
    </Fold>
  );
}
