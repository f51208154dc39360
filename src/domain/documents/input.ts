/**
 * Input schemas of the document functions, in the style of ../schemas.ts: strict objects (an
 * unknown key is refused, not dropped) and Korean messages a case manager can act on.
 */
import { z } from 'zod';
import { caseNoField } from '../schemas';
import { blankAsMissing, strict, version } from '../zod-kit';
import { DOCUMENT_FORMS } from './forms';

/** The sidebar may send '' for "the latest plan". */
const planId = z.preprocess(
  blankAsMissing,
  z
    .string({ error: '계획번호: 글자로 입력하세요.' })
    .max(60, { error: '계획번호: 60자 이내로 입력하세요.' })
    .optional(),
);

const pdf = z.boolean({ error: 'PDF: 예/아니오(true/false)로 입력하세요.' }).optional();

const formNames = DOCUMENT_FORMS.keys.map((key) => `${key}(${DOCUMENT_FORMS.label(key)})`).join(', ');

export const generatePlanDocumentInput = strict({ caseNo: caseNoField, planId, pdf, version });
export type GeneratePlanDocumentInput = z.infer<typeof generatePlanDocumentInput>;

const form = z.enum(DOCUMENT_FORMS.keys, { error: `서식: ${formNames} 중에서 고르세요.` });

export const generateCaseDocumentInput = strict({
  caseNo: caseNoField,
  form,
  planId,
  pdf,
  version,
});
export type GenerateCaseDocumentInput = z.infer<typeof generateCaseDocumentInput>;

export const prepareDocumentTemplateInput = strict({ form });
export type PrepareDocumentTemplateInput = z.infer<typeof prepareDocumentTemplateInput>;

export const listCaseDocumentsInput = strict({ caseNo: caseNoField });
