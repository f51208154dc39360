/**
 * The forms the add-on can print, with the names people know them by (the seed handbook's). The
 * name is also what the file name and the 문서 tab show.
 */
const LABELS = {
  plan: '서비스제공 계획 및 점검표',
  intake: '초기상담 기록지',
  assessment: '욕구사정 기록지',
  closure: '종결 보고서',
  summary: '사례 요약',
} as const;

export type DocumentForm = keyof typeof LABELS;

const KEYS = Object.keys(LABELS) as [DocumentForm, ...DocumentForm[]];

/** Same shape as the vocabularies of ../vocabulary.ts, so the sheet database can use it for a column. */
export const DOCUMENT_FORMS = {
  keys: KEYS,
  labels: LABELS as Record<DocumentForm, string>,
  label: (key: DocumentForm): string => LABELS[key],
  parse: (text: string): DocumentForm | undefined =>
    (KEYS as string[]).includes(text)
      ? (text as DocumentForm)
      : KEYS.find((key) => LABELS[key] === text.trim()),
};
