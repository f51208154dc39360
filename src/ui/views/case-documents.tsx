/**
 * The case's printed forms: make a new one (always a new version, so a signed copy is never
 * overwritten) and open earlier ones.
 */
import { withParticle } from '../../domain/korean';
import { useEffect, useState } from 'preact/hooks';
import { DOCUMENT_FORMS, type DocumentForm } from '../../domain/documents/forms';
import type { CaseDocument, CaseFileView } from '../api';
import { useShell } from '../context';
import { server } from '../server';
import { documentLink } from '../../domain/document-links';

/** Forms the case has something to print for. */
export function printableForms(file: CaseFileView): DocumentForm[] {
  const forms: DocumentForm[] = [];
  if (file.plans.length > 0) forms.push('plan');
  if (file.intake) forms.push('intake');
  if (file.assessments.length > 0) forms.push('assessment');
  if (file.closure) forms.push('closure');
  forms.push('summary');
  return forms;
}

export function CaseDocuments({ file }: { file: CaseFileView }) {
  const { announce } = useShell();
  const forms = printableForms(file);
  const [form, setForm] = useState<DocumentForm>(forms[0] ?? 'summary');
  const [pdf, setPdf] = useState(false);
  const [busy, setBusy] = useState(false);
  const [documents, setDocuments] = useState<CaseDocument[] | null>(null);

  const load = () =>
    server.listCaseDocuments({ caseNo: file.caseNo }).then(
      (result) => setDocuments(result.documents),
      () => setDocuments([]),
    );
  useEffect(() => {
    void load();
  }, [file.caseNo, file.version]);

  const make = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    announce(`${withParticle(DOCUMENT_FORMS.label(form), '을')} 만드는 중…`, 'info');
    try {
      const made = await server.generateCaseDocument({ caseNo: file.caseNo, form, pdf });
      announce(`${made.name} 문서를 만들었습니다.`, 'success');
      await load();
    } catch (error) {
      announce((error as Error).message, 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="section">
      <summary>문서 (서식 출력)</summary>
      <form class="inline-form" onSubmit={make}>
        <div class="field">
          <label for="doc-form">서식</label>
          <select id="doc-form" value={form} onChange={(e) => setForm(e.currentTarget.value as DocumentForm)}>
            {forms.map((key) => (
              <option key={key} value={key}>
                {DOCUMENT_FORMS.label(key)}
              </option>
            ))}
          </select>
        </div>
        <div class="field choice">
          <input
            id="doc-pdf"
            type="checkbox"
            checked={pdf}
            onChange={(e) => setPdf(e.currentTarget.checked)}
          />
          <label for="doc-pdf">PDF도 만들기</label>
        </div>
        <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {busy ? '만드는 중…' : '문서 만들기'}
        </button>
        <p class="hint">다시 만들면 새 판(v2, v3…)으로 저장되고, 서명한 이전 문서는 그대로 남습니다.</p>
      </form>
      {documents === null ? (
        <p class="muted">문서 목록을 불러오는 중…</p>
      ) : documents.length === 0 ? (
        <p class="empty">아직 만든 문서가 없습니다.</p>
      ) : (
        <ul class="plain documents">
          {documents.map((d) => (
            <li key={d.documentId}>
              {documentLink(d.url) ? (
                <a href={documentLink(d.url)} target="_blank" rel="noopener noreferrer">
                  {d.formLabel} v{d.version ?? 1}
                </a>
              ) : (
                <span title="문서 탭의 링크가 Google 문서 주소가 아닙니다">
                  {d.formLabel} v{d.version ?? 1} (링크 확인 필요)
                </span>
              )}
              {documentLink(d.pdfUrl) ? (
                <>
                  {' · '}
                  <a href={documentLink(d.pdfUrl)} target="_blank" rel="noopener noreferrer">
                    PDF
                  </a>
                </>
              ) : null}
              <span class="muted small"> {d.createdAt}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
