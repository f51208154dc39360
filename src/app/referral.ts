/**
 * 의뢰: referring a client to a partner. Refused unless a 제3자 정보제공 동의 for that recipient
 * is in force and names every field sent; records exactly which fields went to whom under which
 * consent (의뢰 tab, values stay in the case), and makes the 의뢰서 as a Google Doc when the
 * documents port is given.
 */
import type { DocumentModel } from '../domain/documents/model';
import { caseFolderName } from '../domain/documents/naming';
import type { DateKey } from '../domain/dates';
import type { CaseRecord } from '../domain/records';
import {
  consentFor,
  referClientInput,
  referralContent,
  type ReferClientInput,
  type ReferralContent,
} from '../domain/resources';
import { SETTING_SPECS } from '../domain/settings';
import { parseInput, UserError } from '../domain/validation';
import { assertAllowed } from '../domain/workflow';
import type { TableRow } from '../db/table';
import { ASSESSMENTS, CONSENTS, INTAKES, NEEDS, REFERRALS, SETTINGS } from '../db/tables';
import type { AppContext } from './context';
import { asUserError, discard, type DocumentsPort, type DriveRef } from './documents';
import { resourceRows } from './resources';
import { assertFresh, changeCase, findCase, loadSettings, nextIdIn } from './case-rows';
import { inTransaction, requireIdentifiedUser, type UnitOfWork } from './unit-of-work';
import { maskResidentNumbersIn } from '../domain/resident-number';

export type ReferralDocumentsPort = Pick<
  DocumentsPort,
  'folder' | 'createFolder' | 'childFolder' | 'render' | 'trash'
>;

export interface ReferralResult {
  referralId: string;
  recipient: string;
  consentId: string;
  sharedFields: string[];
  /** What the partner receives: only the consented fields. */
  referral: ReferralContent;
  documentId?: string;
  url?: string;
}

interface Decision {
  row: TableRow<CaseRecord>;
  content: ReferralContent;
}

function recipientOf(work: UnitOfWork, input: ReferClientInput): { recipient: string; resourceId: string } {
  if (!input.resourceId) return { recipient: (input.recipient ?? '').trim(), resourceId: '' };
  const resource = resourceRows(work).find((r) => r.record.resourceId === input.resourceId)?.record;
  if (!resource) throw new UserError(`자원번호 ${input.resourceId} 자원을 찾을 수 없습니다.`, 'NOT_FOUND');
  if (resource.status === 'inactive')
    throw new UserError(`${resource.name}은(는) 운영 중단된 자원이라 의뢰할 수 없습니다.`, 'REFUSED');
  const recipient = input.recipient?.trim() || resource.provider.trim() || resource.name;
  return { recipient, resourceId: resource.resourceId };
}

/** Everything decided from the sheet: refused here, before any document exists. */
function decide(work: UnitOfWork, input: ReferClientInput): Decision & { resourceId: string } {
  const row = findCase(work, input.caseNo);
  assertFresh(row, input.version);
  assertAllowed('refer', row.record.stage, input.caseNo);
  const { recipient, resourceId } = recipientOf(work, input);
  const fields = [...new Set(input.fields)];
  const decision = consentFor({
    caseNo: input.caseNo,
    recipient,
    day: input.referredOn as DateKey,
    fields,
    consents: work.caseRows(CONSENTS, input.caseNo).map((r) => r.record),
    consentId: input.consentId,
  });
  const referralId = nextIdIn(work, REFERRALS, input.caseNo, 'R', (r) => r.referralId);
  const assessments = work
    .caseRows(ASSESSMENTS, input.caseNo)
    .map((r) => r.record)
    .sort((a, b) => (b.assessedOn ?? '').localeCompare(a.assessedOn ?? ''));
  const latest = assessments[0];
  // Goes to a partner: a 주민등록번호 typed into the case by hand is masked, never sent.
  const content = maskResidentNumbersIn(
    referralContent({
      referralId,
      referredOn: input.referredOn,
      recipient,
      purpose: input.purpose,
      message: input.message ?? '',
      fields,
      decision,
      caseRow: row.record,
      intake: work.caseRows(INTAKES, input.caseNo)[0]?.record,
      latestAssessment: latest,
      needs: latest
        ? work
            .caseRows(NEEDS, input.caseNo)
            .map((r) => r.record)
            .filter((n) => n.assessmentId === latest.assessmentId)
        : [],
    }),
  );
  return { row, content, resourceId };
}

/** The 의뢰서 as a document model: the consented fields, the purpose, the consent it rests on. */
export function referralModel(content: ReferralContent): DocumentModel {
  const c = content.client;
  const clientRows = [
    ...(c.name !== undefined ? [[{ text: '이름', label: true }, { text: c.name }]] : []),
    ...(c.birthDate !== undefined ? [[{ text: '생년월일', label: true }, { text: c.birthDate }]] : []),
    ...(c.phone !== undefined ? [[{ text: '연락처', label: true }, { text: c.phone }]] : []),
    ...(c.address !== undefined ? [[{ text: '주소', label: true }, { text: c.address }]] : []),
    ...(c.household !== undefined ? [[{ text: '가구 상황', label: true }, { text: c.household }]] : []),
  ];
  const consent = content.consent;
  return {
    title: '서비스 의뢰서',
    blocks: [
      {
        kind: 'fields',
        rows: [
          [
            { text: '의뢰번호', label: true },
            { text: content.referralId },
            { text: '의뢰일', label: true },
            { text: content.referredOn },
          ],
          [
            { text: '의뢰 기관', label: true },
            { text: content.recipient },
            { text: '담당 사례관리자', label: true },
            { text: content.caseManager },
          ],
        ],
      },
      ...(clientRows.length > 0
        ? [
            { kind: 'heading' as const, text: '대상자 정보' },
            { kind: 'fields' as const, rows: clientRows },
          ]
        : []),
      ...(content.presentingProblem !== undefined
        ? [
            { kind: 'heading' as const, text: '주 호소 문제' },
            { kind: 'paragraph' as const, text: content.presentingProblem },
          ]
        : []),
      ...(content.needs !== undefined
        ? [
            { kind: 'heading' as const, text: '욕구' },
            {
              kind: 'table' as const,
              header: ['생활 영역', '문제', '요구(바람)', '욕구'],
              rows: content.needs.map((n) => [n.domain, n.problem, n.demand, n.need]),
            },
          ]
        : []),
      ...(content.strengths !== undefined
        ? [
            { kind: 'heading' as const, text: '강점' },
            { kind: 'paragraph' as const, text: content.strengths },
          ]
        : []),
      { kind: 'heading', text: '의뢰 목적' },
      { kind: 'paragraph', text: content.purpose },
      ...(content.message
        ? [
            { kind: 'heading' as const, text: '전달 내용' },
            { kind: 'paragraph' as const, text: content.message },
          ]
        : []),
      {
        kind: 'paragraph',
        text:
          `이 의뢰서에는 대상자가 동의한 정보만 담았습니다 (제공한 항목: ${content.sharedFields.join(', ')}; ` +
          `정보제공 동의 ${consent.consentId}, 동의일 ${consent.consentedOn ?? ''}` +
          `${consent.until ? `, 보유·이용 기간 ${consent.until}까지` : ''}). 목적 밖으로 쓰거나 다시 제공하지 마세요.`,
      },
      { kind: 'signatures', lines: [{ label: '의뢰자', name: content.caseManager }] },
    ],
  };
}

/** The case's folder under the documents root (made, and remembered in 설정, on first use). */
function caseFolder(
  work: UnitOfWork,
  port: ReferralDocumentsPort,
  caseNo: string,
): { folder: DriveRef; newRoot?: DriveRef } {
  const settings = loadSettings(work);
  let root: DriveRef;
  let newRoot: DriveRef | undefined;
  if (settings.documentFolderId) root = port.folder(settings.documentFolderId);
  else {
    root = port.createFolder(settings.documentFolderName);
    newRoot = root;
  }
  return { folder: port.childFolder(root, caseFolderName(caseNo)), newRoot };
}

function rememberRoot(work: UnitOfWork, id: string) {
  const spec = SETTING_SPECS.find((s) => s.key === 'documentFolderId');
  if (!spec) return;
  const row = work.rows(SETTINGS).find((r) => r.record.name.trim() === spec.name);
  if (!row) work.append(SETTINGS, { name: spec.name, value: id, description: spec.description });
  else if (row.record.value.trim() === '') work.update(SETTINGS, row, { ...row.record, value: id });
}

export function referClient(
  ctx: AppContext,
  payload: unknown,
  documents?: ReferralDocumentsPort,
): ReferralResult {
  const input = parseInput(referClientInput, payload);
  // What this call made in Drive: binned when anything after it fails (docs/security.md).
  const made: DriveRef[] = [];
  try {
    // The lock first, then every check (stale version, consent), and only then the 의뢰서: while
    // someone else saves, or when the referral is refused, no Doc is made.
    return inTransaction(ctx, (work) => {
      requireIdentifiedUser(work);
      const { row, content, resourceId } = decide(work, input);
      let document: DriveRef | undefined;
      if (documents) {
        const place = caseFolder(work, documents, input.caseNo);
        if (place.newRoot) {
          made.push(place.newRoot);
          rememberRoot(work, place.newRoot.id);
        }
        document = documents.render(
          referralModel(content),
          place.folder,
          `${content.referralId} 서비스 의뢰서 ${input.referredOn}`,
        );
        made.push(document);
      }
      work.append(REFERRALS, {
        referralId: content.referralId,
        caseNo: input.caseNo,
        referredOn: input.referredOn,
        resourceId,
        recipient: content.recipient,
        consentId: content.consent.consentId,
        sharedFields: content.sharedFields.join(', '),
        purpose: input.purpose,
        message: input.message ?? '',
        documentUrl: document?.url ?? '',
        referredBy: work.user,
      });
      changeCase(work, row, {});
      work.audit(
        input.caseNo,
        '의뢰',
        `${content.referralId}: ${content.recipient}에 ${content.sharedFields.join(', ')} 제공 (동의 ${content.consent.consentId})`,
      );
      return {
        referralId: content.referralId,
        recipient: content.recipient,
        consentId: content.consent.consentId,
        sharedFields: content.sharedFields,
        referral: content,
        ...(document ? { documentId: document.id, url: document.url } : {}),
      };
    });
  } catch (error) {
    if (documents) discard(documents, made);
    throw asUserError(error, made.length > 0);
  }
}
