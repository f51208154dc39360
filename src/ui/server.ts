/**
 * google.script.run as typed promises: `server.saveIntake(payload)` resolves with the server's
 * result or rejects with an Error carrying the server's Korean message. At most a few calls are in
 * flight at once (Apps Script refuses more than about ten).
 */
import type { ServerApi, ServerClient, ServerName } from './api';
import { compact, createLimiter } from './rpc';

/** The part of Apps Script's client API the sidebar uses. */
interface ScriptRunner {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [functionName: string]: unknown;
}

interface GoogleClient {
  script?: { run?: ScriptRunner };
}

const MAX_IN_FLIGHT = 3;
const limit = createLimiter(MAX_IN_FLIGHT);

function runner(): ScriptRunner | undefined {
  return (globalThis as { google?: GoogleClient }).google?.script?.run;
}

export function call<K extends ServerName>(name: K, input: ServerApi[K][0]): Promise<ServerApi[K][1]> {
  return limit(
    () =>
      new Promise<ServerApi[K][1]>((resolve, reject) => {
        const run = runner();
        if (!run) {
          reject(
            new Error(
              '스프레드시트 밖에서 열려 서버에 연결할 수 없습니다. 확장 프로그램 메뉴에서 다시 여세요.',
            ),
          );
          return;
        }
        const target = run
          .withSuccessHandler((result) => resolve(result as ServerApi[K][1]))
          .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
        (target[name] as (payload: unknown) => void)(compact(input));
      }),
  );
}

const NAMES: readonly ServerName[] = [
  'saveIntake',
  'saveAssessment',
  'recordConference',
  'recordConsent',
  'savePlan',
  'recordCheck',
  'closeCase',
  'recordFollowUp',
  'reopenCase',
  'reassignCases',
  'getCase',
  'listCases',
  'getTodayList',
  'generateCaseDocument',
  'listCaseDocuments',
  'checkDataHealth',
  'listResources',
  'saveResource',
  'referClient',
  'previewPublication',
  'publishResources',
  'exportResourcesCsv',
  'previewResourceImport',
  'importResources',
  'getSetupStatus',
  'prepareWorkbook',
  'getSettings',
  'saveSettings',
  'getStaff',
  'saveStaff',
  'recordActivity',
  'recordAdvocacy',
];

export const server = Object.fromEntries(
  NAMES.map((name) => [name, (input: unknown) => call(name, input as never)]),
) as ServerClient;
