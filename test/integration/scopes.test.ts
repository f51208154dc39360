/**
 * The manifest against the fake's scope table (dev/fakes/scopes.ts, which follows Google's
 * reference per method): every flow that touches Drive, Docs, mail or triggers works with the
 * scopes appsscript.json lists, and each listed scope is needed by some flow.
 */
import { manifest, startAddon, type Harness } from '../support/addon-harness';
import { caseWithPlan } from '../support/documents-harness';
import { resource } from '../support/resources-harness';

const AUTH = 'https://www.googleapis.com/auth/';

function withScopes(oauthScopes: string[]): Harness {
  return startAddon({ manifest: { ...manifest(), oauthScopes }, setup: false });
}

/**
 * Google's error for the call that failed. A server function of the sidebar shows a Korean sentence
 * with a reference (src/gas/serve.ts); Google's own text is then in the execution log under it.
 */
function failure(run: () => unknown, h?: Harness): string {
  let message = 'no error';
  try {
    run();
  } catch (error) {
    message = (error as Error).message;
  }
  const reference = /^\[BUG\] [가-힣].*오류 번호 (B-[0-9A-Z]+)/.exec(message)?.[1];
  if (!reference || !h) return message;
  const logged = h.env.logs().find((line) => line.startsWith(`[error] [${reference}] `)) ?? '';
  return (
    logged
      .replace(`[error] [${reference}] `, '')
      .replace(/^(?:Error|Exception): /, '')
      .split('\n')[0] ?? ''
  );
}

/** Everything a centre does that reaches beyond the case sheet, in one go. */
function everyFlow(h: Harness): void {
  h.call('setupWorkbook');
  const caseNo = caseWithPlan(h);
  h.call('generatePlanDocument', { caseNo, pdf: true });
  const { resourceId } = h.call<{ resourceId: string }>('saveResource', resource());
  h.call('recordConsent', {
    caseNo,
    consentedOn: '2026-03-02',
    recipient: resource().provider,
    items: '이름',
    purpose: '서비스 연계',
  });
  h.call('referClient', { caseNo, referredOn: '2026-03-02', resourceId, fields: ['name'], purpose: '연계' });
  h.call('exportResourcesCsv', {});
  h.call('publishResources');
  h.call('showSidebar');
  // A month on, the plan's checks are due: the daily run has mail to send.
  h.env.clock.set('2026-04-20T09:30:00+09:00');
  h.env.setExecutionContext('trigger');
  try {
    h.call('runDailyReminders');
  } finally {
    h.env.setExecutionContext('ui');
  }
}

describe('the manifest grants what the add-on calls', () => {
  it('runs documents, PDF, referral, export, publishing and the daily run under appsscript.json', () => {
    const h = withScopes(manifest().oauthScopes);
    expect(() => everyFlow(h)).not.toThrow();
    expect(h.env.documents().length).toBeGreaterThanOrEqual(2);
    expect(h.env.triggers()).toHaveLength(1);
    expect(h.env.mails().length).toBeGreaterThan(0);
  });

  it.each(manifest().oauthScopes.map((scope) => [scope.replace(AUTH, '')]))(
    'fails with Apps Script’s error when %s is dropped',
    (short) => {
      const scope = short.startsWith('https://') ? short : `${AUTH}${short}`;
      const h = withScopes(manifest().oauthScopes.filter((s) => s !== scope));
      const message = failure(() => everyFlow(h), h);
      expect(message).toMatch(/^You do not have permission to call \w+\.\w+\. Required permissions: /);
      expect(message).toContain(scope);
    },
  );

  it('fails on the first Drive call with drive.file in place of drive, as Google does', () => {
    const scopes = manifest().oauthScopes.map((s) => (s === `${AUTH}drive` ? `${AUTH}drive.file` : s));
    const h = withScopes(scopes);
    h.call('setupWorkbook');
    const caseNo = caseWithPlan(h);
    expect(failure(() => h.call('generatePlanDocument', { caseNo }), h)).toBe(
      `You do not have permission to call DriveApp.createFolder. Required permissions: ${AUTH}drive`,
    );
    expect(h.env.documents()).toHaveLength(0);
  });
});
