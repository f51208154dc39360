/** What every form on an existing case shares: the props, the draft key, the label, the version. */
import type { ServerApi, ServerName } from '../../api';
import type { CaseFileView } from '../../api';
import { FORM_TITLES, type FormKind } from '../../cases';
import { useForm, type FormApi } from '../../form';
import { fieldId } from '../../paths';
import type * as P from '../../payloads';
import { server } from '../../server';

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
export function focusSoon(path: string) {
  setTimeout(() => document.getElementById(fieldId(path))?.focus(), 0);
}
