/**
 * The outbox and documents pages: server-rendered, read-only views of what the add-on sent and made.
 * Mail HTML is shown in a sandboxed iframe (srcdoc), never inline, so it cannot touch the preview.
 */
import type { SentMail } from '../fakes/environment-api';
import { formatSeoulDateTime } from './sheet-view';

export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function shell(title: string, body: string): string {
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · 동 사례관리 미리보기</title>
<link rel="stylesheet" href="/page/reading.css">
</head>
<body>
<header class="reading-bar"><a href="/">← 스프레드시트로</a><h1>${escapeHtml(title)}</h1></header>
<main>
${body}
</main>
</body>
</html>`;
}

/**
 * Mail HTML runs no script (the sandbox has no allow-scripts); allow-same-origin only lets this
 * page measure each mail to show it whole.
 */
const FIT_MAIL_FRAMES = `<script>
for (const frame of document.querySelectorAll('iframe.mail-body')) {
  const fit = () => { frame.style.height = frame.contentDocument.documentElement.scrollHeight + 24 + 'px'; };
  frame.addEventListener('load', fit);
  if (frame.contentDocument && frame.contentDocument.readyState === 'complete') fit();
}
</script>`;

export function renderOutbox(mails: SentMail[]): string {
  if (mails.length === 0) return shell('보낸 메일함', '<p class="empty">보낸 메일이 없습니다.</p>');
  const items = [...mails]
    .map((mail, index) => ({ mail, index }))
    .sort((a, b) => b.mail.sentAt.localeCompare(a.mail.sentAt) || b.index - a.index)
    .map(({ mail }) => {
      const rows: [string, string | undefined][] = [
        ['받는 사람', mail.to],
        ['참조', mail.cc],
        ['숨은 참조', mail.bcc],
        ['보낸 사람', mail.name ? `${mail.name} <${mail.sentBy}>` : mail.sentBy],
        ['회신 주소', mail.replyTo],
        ['보낸 시각', formatSeoulDateTime(new Date(mail.sentAt))],
      ];
      const head = rows
        .filter(([, value]) => value)
        .map(([label, value]) => `<dt>${label}</dt><dd>${escapeHtml(value)}</dd>`)
        .join('');
      const body = mail.htmlBody
        ? `<iframe class="mail-body" sandbox="allow-same-origin" title="메일 본문" srcdoc="${escapeHtml(mail.htmlBody)}"></iframe>`
        : `<pre class="mail-body">${escapeHtml(mail.body)}</pre>`;
      return `<article class="mail"><h2>${escapeHtml(mail.subject)}</h2><dl>${head}</dl>${body}</article>`;
    })
    .join('\n');
  return shell(`보낸 메일함 (${mails.length})`, items + FIT_MAIL_FRAMES);
}

type DocumentRecord = { id: string; name: string; url: string; text: string; elements: unknown[] };

export function renderDocuments(documents: DocumentRecord[]): string {
  if (documents.length === 0) return shell('문서', '<p class="empty">만든 문서가 없습니다.</p>');
  const items = [...documents]
    .reverse()
    .map((doc) => {
      const content =
        doc.elements.length > 0
          ? doc.elements.map(renderElement).join('\n')
          : `<pre>${escapeHtml(doc.text)}</pre>`;
      return `<article class="doc" id="${escapeHtml(doc.id)}">
<header class="doc-head"><h2>${escapeHtml(doc.name)}</h2><code>${escapeHtml(doc.url)}</code></header>
<div class="page">${content}</div>
</article>`;
    })
    .join('\n');
  return shell(`문서 (${documents.length})`, items);
}

type Element = Record<string, unknown>;

function textOf(element: unknown): string {
  if (element === null || element === undefined) return '';
  if (typeof element === 'string' || typeof element === 'number') return String(element);
  const e = element as Element;
  if (typeof e.text === 'string') return e.text;
  const children = e.children as unknown[] | undefined;
  return Array.isArray(children) ? children.map(textOf).join('\n') : '';
}

const COLOR = /^#[0-9a-f]{3,8}$/i;

/** Inline CSS for what DocumentApp records: alignment and BOLD/ITALIC/…/colours/font size. */
function styleOf(e: Element): string {
  const css: string[] = [];
  const attributes = (e.attributes ?? {}) as Record<string, unknown>;
  if (typeof e.alignment === 'string' && /^(LEFT|CENTER|RIGHT|JUSTIFY)$/i.test(e.alignment)) {
    css.push(`text-align:${e.alignment.toLowerCase()}`);
  }
  if (attributes.BOLD === true) css.push('font-weight:700');
  if (attributes.ITALIC === true) css.push('font-style:italic');
  if (attributes.UNDERLINE === true) css.push('text-decoration:underline');
  if (attributes.STRIKETHROUGH === true) css.push('text-decoration:line-through');
  if (typeof attributes.BACKGROUND_COLOR === 'string' && COLOR.test(attributes.BACKGROUND_COLOR)) {
    css.push(`background:${attributes.BACKGROUND_COLOR}`);
  }
  if (typeof attributes.FOREGROUND_COLOR === 'string' && COLOR.test(attributes.FOREGROUND_COLOR)) {
    css.push(`color:${attributes.FOREGROUND_COLOR}`);
  }
  if (typeof attributes.FONT_SIZE === 'number') css.push(`font-size:${attributes.FONT_SIZE}pt`);
  return css.length > 0 ? ` style="${css.join(';')}"` : '';
}

/**
 * One body element as the fakes record it (DocumentApp's tree as JSON): PARAGRAPH (with heading
 * NORMAL/TITLE/SUBTITLE/HEADING1-6, or an inline HORIZONTAL_RULE/PAGE_BREAK), LIST_ITEM and
 * TABLE → TABLE_ROW → TABLE_CELL → paragraphs.
 */
export function renderElement(element: unknown): string {
  if (typeof element === 'string') return `<p>${escapeHtml(element)}</p>`;
  const e = (element ?? {}) as Element;
  const type = String(e.type ?? 'PARAGRAPH').toUpperCase();
  const style = styleOf(e);
  const children = Array.isArray(e.children) ? (e.children as unknown[]) : [];
  if (type === 'TABLE') {
    const rows = children.map((row) => {
      const cells = (((row as Element).children ?? []) as Element[]).map(
        (cell) =>
          `<td${styleOf(cell)}>${((cell.children ?? []) as unknown[]).map(renderElement).join('')}</td>`,
      );
      return `<tr>${cells.join('')}</tr>`;
    });
    return `<table${style}>${rows.join('')}</table>`;
  }
  const inline = String(e.inline ?? '');
  if (inline === 'HORIZONTAL_RULE') return '<hr>';
  if (inline === 'PAGE_BREAK') return '<hr class="page-break">';
  const text = escapeHtml(textOf(e)).replace(/\n/g, '<br>');
  if (type === 'LIST_ITEM') {
    const indent = Number(e.nestingLevel ?? 0) * 24;
    return `<ul style="margin-left:${indent}px"><li${style}>${text}</li></ul>`;
  }
  const heading = String(e.heading ?? 'NORMAL');
  const level = heading === 'TITLE' ? 1 : Number(/^HEADING([1-6])$/.exec(heading)?.[1] ?? 0);
  if (level > 0) {
    // The page's own title is <h1> and each document's name <h2>: document headings start at <h3>.
    const tag = `h${Math.min(6, level + 2)}`;
    return `<${tag}${style}>${text}</${tag}>`;
  }
  if (heading === 'SUBTITLE') return `<p class="subtitle"${style}>${text}</p>`;
  return `<p${style}>${text}</p>`;
}
