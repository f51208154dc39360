/**
 * Google's service failing, as opposed to the add-on: Apps Script's "Service Spreadsheets failed
 * while accessing document …", "Service error" and timeouts are usually gone on the next try
 * (Google's troubleshooting guide, https://developers.google.com/apps-script/guides/support/troubleshooting).
 * The unit of work retries such a call once; one that still fails reaches the person as "try again
 * later" (src/gas/serve.ts), never as a bug with a reference to report.
 */
export function isServiceFailure(error: unknown): boolean {
  return /Service Spreadsheets|Service Documents|Service Drive|timed out|Service error|Internal error|try again/i.test(
    String(error),
  );
}
