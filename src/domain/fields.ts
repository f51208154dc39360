/**
 * What one field of a case record is, said once: its Korean label, how long its text may be, and
 * its column in the sheet. The catalogue of every case-record field (`fields-catalogue.ts`) is
 * built from these; the table's column (`src/db/tables.ts`), the input schema's field and its
 * Korean messages (`schemas.ts`), the sidebar form's label and the printed form's label are all
 * read from it, so a label or a limit cannot drift between them.
 */
import {
  choice,
  date,
  LONG_TEXT,
  optionalDate,
  optionalText,
  requiredText,
  type Vocabulary,
} from './zod-kit';

/** How the sheet stores the field (src/db/cells.ts turns these into cell formats). */
export type FieldKind = 'text' | 'date' | 'number' | 'flag' | 'choice';

export interface FieldDef {
  kind: FieldKind;
  /** The Korean name: the form's label and the start of every message about the field. */
  label: string;
  /**
   * The column's header, when the sheet names the field otherwise. Columns are found by header
   * text, so a header is part of the workbook's schema: it outlives a better label.
   */
  header?: string;
  /** The most characters a person may type (text only). */
  limit?: number;
  /** Written by the add-on only (protected with a warning, greyed header). */
  system?: boolean;
  /** Column width in pixels for setupWorkbook. */
  width?: number;
  /** The header's note in the sheet: what belongs in the column. */
  help?: string;
  /** The form's label, when the form asks more than the label says ('욕구 변화 있음 (재사정 필요)'). */
  formLabel?: string;
  /** A line under the form's input: an example or what to leave out. */
  formHint?: string;
  /** A choice's vocabulary (src/domain/vocabulary.ts). */
  vocabulary?: ColumnVocabulary;
}

/** What a choice column needs of a vocabulary: the keys, and label and key told from each other. */
export interface ColumnVocabulary {
  keys: readonly string[];
  label(key: never): string;
  parse(text: string): string | undefined;
}

/** A choice field keeps its vocabulary's type, so a schema built from it knows the keys. */
export interface ChoiceFieldDef<V extends ColumnVocabulary> extends FieldDef {
  kind: 'choice';
  vocabulary: V;
}

/** One entry per key of the record: a field added to the record and not here fails to compile. */
export type Catalogue<R> = { [K in keyof R & string]-?: FieldDef };

type Extra = Omit<FieldDef, 'kind' | 'label' | 'vocabulary'>;

/** The builders of a catalogue entry, with the widths the sheet has always used per kind. */
export const field = {
  text: (label: string, extra: Extra = {}): FieldDef => ({ kind: 'text', label, ...extra }),
  date: (label: string, extra: Extra = {}): FieldDef => ({ kind: 'date', label, width: 96, ...extra }),
  number: (label: string, extra: Extra = {}): FieldDef => ({ kind: 'number', label, width: 72, ...extra }),
  flag: (label: string, extra: Extra = {}): FieldDef => ({ kind: 'flag', label, width: 72, ...extra }),
  choice: <V extends ColumnVocabulary>(
    label: string,
    vocabulary: V,
    extra: Extra = {},
  ): ChoiceFieldDef<V> => ({
    kind: 'choice',
    label,
    vocabulary,
    width: 120,
    ...extra,
  }),
  /** A record's number, made by the add-on (관리번호, 계획번호 …). */
  id: (label: string): FieldDef => ({ kind: 'text', label, system: true, width: 150 }),
  /** Who wrote the row (the signed-in account), filled by the add-on. */
  by: (label = '기록자'): FieldDef => ({ kind: 'text', label, system: true, width: 160 }),
};

/** The column's header: what the sheet calls the field. */
export const headerOf = (def: FieldDef): string => def.header ?? def.label;

/** The form's label and hint for a field (spread into a form input: `{...asked(F.strengths)}`). */
export function asked(def: FieldDef): { label: string; hint?: string } {
  const label = def.formLabel ?? def.label;
  return def.formHint ? { label, hint: def.formHint } : { label };
}

/** The input schema's pieces for a field: the label names it in every message, the limit holds. */
export const input = {
  text: (def: FieldDef) => optionalText(def.label, def.limit ?? LONG_TEXT),
  requiredText: (def: FieldDef) => requiredText(def.label, def.limit ?? LONG_TEXT),
  date: (def: FieldDef) => date(def.label),
  optionalDate: (def: FieldDef) => optionalDate(def.label),
  choice: <K extends string>(def: { label: string; vocabulary: Vocabulary<K> }) =>
    choice(def.label, def.vocabulary),
};
