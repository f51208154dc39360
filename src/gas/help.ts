/**
 * The menu's 도움말: where an official gets help, and the privacy policy and terms the add-on's
 * listing points at. The addresses are script properties the maintainer sets once in the Apps
 * Script project (Project Settings > Script properties, see docs/publishing.md), so no address is
 * baked into the code and a centre's own support page can be used.
 */
import { escapeHtml } from '../domain/digest';

export const HELP_LINKS = [
  { key: 'supportUrl', label: '문의·도움말' },
  { key: 'privacyUrl', label: '개인정보처리방침' },
  { key: 'termsUrl', label: '이용약관' },
] as const;

function linkHtml(label: string, url: string | null): string {
  if (!url || !/^https:\/\//.test(url)) return '';
  const href = escapeHtml(url);
  return `<li><a href="${href}" target="_blank" rel="noopener">${escapeHtml(label)}</a></li>`;
}

/** Menu "도움말". */
export function showHelp(): void {
  const properties = PropertiesService.getScriptProperties();
  const links = HELP_LINKS.map((l) => linkHtml(l.label, properties.getProperty(l.key))).join('');
  const body = links
    ? `<ul>${links}</ul>`
    : '<p>문의처가 아직 설정되지 않았습니다. 이 시트를 공유해 준 담당자에게 문의하세요.</p>';
  const html =
    '<div style="font:14px/1.6 sans-serif">' +
    '<p>사례관리 화면은 확장 프로그램 &gt; 동 사례관리 &gt; 사례관리 열기에서 엽니다. ' +
    '탭이 지워졌거나 열이 빠졌으면 시트 준비·복구를 실행하세요.</p>' +
    `${body}</div>`;
  SpreadsheetApp.getUi().showModelessDialog(
    HtmlService.createHtmlOutput(html).setWidth(360).setHeight(240),
    '동 사례관리 도움말',
  );
}
