/**
 * Input schemas of the document functions, in the style of ../schemas.ts: strict objects (an
 * unknown key is refused, not dropped) and Korean messages a case manager can act on.
 */
import { z } from 'zod';
import { unknownKeysMessage } from '../validation';
import { caseNoField, version } from '../schemas';
import { DOCUMENT_FORMS } from './forms';

function strict<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, {
    error: (issue) =>
      // Capped: a megabyte-long key is never echoed back (src/domain/validation.ts).
      issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys) : '입력 형식이 올바르지 않습니다.',
  });
}

/** The sidebar may send '' for "the latest plan". */
const planId = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z
    .string({ error: '계획번호: 글자로 입력하세요.' })
    .max(60, { error: '계획번호: 60자 이내로 입력하세요.' })
    .optional(),
);

const pdf = z.boolean({ error: 'PDF: 예/아니오(true/false)로 입력하세요.' }).optional();

const formNames = DOCUMENT_FORMS.keys.map((key) => `${key}(${DOCUMENT_FORMS.label(key)})`).join(', ');

export const generatePlanDocumentInput = strict({ caseNo: caseNoField, planId, pdf, version });
export type GeneratePlanDocumentInput = z.infer<typeof generatePlanDocumentInput>;

export const generateCaseDocumentInput = strict({
  caseNo: caseNoField,
  form: z.enum(DOCUMENT_FORMS.keys, { error: `서식: ${formNames} 중에서 고르세요.` }),
  planId,
  pdf,
  version,
});
export type GenerateCaseDocumentInput = z.infer<typeof generateCaseDocumentInput>;

export const listCaseDocumentsInput = strict({ caseNo: caseNoField });
