import type { AuthModeName } from './environment-api';
import { fail } from './errors';

/**
 * Which calls need which OAuth scope, and which auth modes may make them.
 *
 * - AuthMode.NONE "does not allow access to any services that require authorization"; an add-on's
 *   onOpen in that mode may only build its menu
 *   (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes,
 *   https://developers.google.com/apps-script/reference/script/auth-mode).
 * - LIMITED (simple triggers, onOpen of an enabled add-on) may touch the bound file but no service
 *   that needs authorization and no other file
 *   (https://developers.google.com/apps-script/guides/triggers#restrictions).
 * - A scope missing from appsscript.json's oauthScopes makes the call fail with Apps Script's
 *   "You do not have permission to call X. Required permissions: Y"
 *   (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes).
 */

const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPES = {
  sheetsCurrent: [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`],
  sheetsFull: [`${AUTH}spreadsheets`],
  ui: [`${AUTH}script.container.ui`],
  scriptapp: [`${AUTH}script.scriptapp`],
  mail: [`${AUTH}script.send_mail`, 'https://mail.google.com/'],
  documents: [`${AUTH}documents`],
  drive: [`${AUTH}drive`, `${AUTH}drive.file`],
  email: [`${AUTH}userinfo.email`],
} as const;

/** free: no authorization at all; storage: no scope but needs an authorized run. */
export type Access = 'free' | 'storage' | keyof typeof SCOPES;

/** Which modes each kind of access is refused in. CUSTOM_FUNCTION is treated like LIMITED. */
const REFUSED_IN: Record<Access, AuthModeName[]> = {
  free: [],
  storage: ['NONE'],
  sheetsCurrent: ['NONE'],
  ui: ['NONE'],
  email: ['NONE'],
  sheetsFull: ['NONE', 'LIMITED', 'CUSTOM_FUNCTION'],
  scriptapp: ['NONE', 'LIMITED', 'CUSTOM_FUNCTION'],
  mail: ['NONE', 'LIMITED', 'CUSTOM_FUNCTION'],
  documents: ['NONE', 'LIMITED', 'CUSTOM_FUNCTION'],
  drive: ['NONE', 'LIMITED', 'CUSTOM_FUNCTION'],
};

interface ClassPolicy {
  default: Access;
  methods?: Record<string, Access>;
}

const SHEET_DATA: ClassPolicy = { default: 'sheetsCurrent' };
const FREE: ClassPolicy = { default: 'free' };
const DOCS: ClassPolicy = { default: 'documents' };
const DRIVE: ClassPolicy = { default: 'drive' };
const TRIGGERS: ClassPolicy = { default: 'scriptapp' };
const STORAGE: ClassPolicy = { default: 'storage' };

const POLICY: Record<string, ClassPolicy> = {
  SpreadsheetApp: {
    default: 'free',
    methods: {
      getActiveSpreadsheet: 'sheetsCurrent',
      getActive: 'sheetsCurrent',
      getActiveSheet: 'sheetsCurrent',
      getActiveRange: 'sheetsCurrent',
      setActiveSheet: 'sheetsCurrent',
      openById: 'sheetsFull',
      openByUrl: 'sheetsFull',
      open: 'sheetsFull',
      create: 'sheetsFull',
    },
  },
  Spreadsheet: SHEET_DATA,
  Sheet: SHEET_DATA,
  Range: SHEET_DATA,
  Protection: SHEET_DATA,
  DataValidation: FREE,
  DataValidationBuilder: FREE,
  // Building menus is what onOpen may do in AuthMode.NONE; showing UI needs the scope.
  Ui: { default: 'ui', methods: { createMenu: 'free', createAddonMenu: 'free' } },
  Menu: FREE,
  PromptResponse: FREE,
  HtmlService: FREE,
  HtmlOutput: FREE,
  HtmlTemplate: FREE,
  HtmlOutputMetaTag: FREE,
  ScriptApp: {
    default: 'scriptapp',
    methods: { getAuthorizationInfo: 'free', getScriptId: 'free', getInstallationSource: 'free' },
  },
  AuthorizationInfo: FREE,
  Trigger: TRIGGERS,
  TriggerBuilder: TRIGGERS,
  ClockTriggerBuilder: TRIGGERS,
  SpreadsheetTriggerBuilder: TRIGGERS,
  PropertiesService: STORAGE,
  Properties: STORAGE,
  CacheService: STORAGE,
  Cache: STORAGE,
  LockService: STORAGE,
  Lock: STORAGE,
  MailApp: { default: 'mail' },
  DocumentApp: { default: 'documents', methods: { getUi: 'free' } },
  Document: DOCS,
  Body: DOCS,
  Paragraph: DOCS,
  ListItem: DOCS,
  Table: DOCS,
  TableRow: DOCS,
  TableCell: DOCS,
  Text: DOCS,
  HorizontalRule: DOCS,
  PageBreak: DOCS,
  RangeElement: DOCS,
  DriveApp: DRIVE,
  Folder: DRIVE,
  File: DRIVE,
  FileIterator: DRIVE,
  FolderIterator: DRIVE,
  Blob: FREE,
  Session: {
    default: 'free',
    methods: { getActiveUser: 'email', getEffectiveUser: 'email', getTemporaryActiveUserKey: 'storage' },
  },
  User: FREE,
  Utilities: FREE,
  Logger: FREE,
};

export function accessFor(cls: string, method: string): Access {
  const policy = POLICY[cls];
  if (!policy) return 'free';
  return policy.methods?.[method] ?? policy.default;
}

export function requiredScopes(access: Access): readonly string[] {
  return access === 'free' || access === 'storage' ? [] : SCOPES[access];
}

/** Apps Script lists alternatives as "(a || b)". */
function describeScopes(scopes: readonly string[]): string {
  return scopes.length === 1 ? (scopes[0] as string) : `(${scopes.join(' || ')})`;
}

export function checkAccess(
  cls: string,
  method: string,
  mode: AuthModeName,
  granted: ReadonlySet<string> | null,
): void {
  const access = accessFor(cls, method);
  if (access === 'free') return;
  const scopes = requiredScopes(access);
  if (REFUSED_IN[access].includes(mode)) {
    if (mode === 'NONE') fail('Authorization is required to perform that action.');
    fail(
      `You do not have permission to call ${cls}.${method}. Required permissions: ${describeScopes(scopes)}`,
    );
  }
  if (granted && scopes.length > 0 && !scopes.some((s) => granted.has(s))) {
    fail(
      `You do not have permission to call ${cls}.${method}. Required permissions: ${describeScopes(scopes)}`,
    );
  }
}

/** drive.file alone limits DriveApp to files this app created or was handed (see README). */
export function hasFullDrive(granted: ReadonlySet<string> | null): boolean {
  return !granted || granted.has(`${AUTH}drive`);
}
