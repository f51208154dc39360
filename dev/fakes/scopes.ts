import type { AuthModeName } from './environment-api';
import { fail } from './errors';

/**
 * Which calls need which OAuth scope, and which auth modes may make them: one entry per method of
 * every fake class, with the scopes Google's reference lists under "Authorization" for that
 * method, and the reference page of each class (`REFERENCE + path`).
 *
 * - AuthMode.NONE "does not allow access to any services that require authorization"; an add-on's
 *   onOpen in that mode may only build its menu
 *   (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes,
 *   https://developers.google.com/apps-script/reference/script/auth-mode).
 * - LIMITED (simple triggers, onOpen of an enabled add-on) may touch the bound file but no service
 *   that needs authorization and no other file
 *   (https://developers.google.com/apps-script/guides/triggers#restrictions).
 * - A scope missing from appsscript.json's oauthScopes makes the call fail with Apps Script's
 *   "You do not have permission to call X. Required permissions: Y" (add-ons may also see the
 *   wording "Specified permissions are not sufficient to call X")
 *   (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes).
 *
 * A method that is not in this table throws: a new fake method needs its reference scope here
 * first (test/unit/fakes/scopes.test.ts checks every fake method has one).
 */

const AUTH = 'https://www.googleapis.com/auth/';
const REFERENCE = 'https://developers.google.com/apps-script/reference/';

/** The scope lists the reference pages give, each as "one or more of the following scopes". */
export const SCOPES = {
  sheets: [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`],
  sheetsFull: [`${AUTH}spreadsheets`],
  docs: [`${AUTH}documents.currentonly`, `${AUTH}documents`],
  docsFull: [`${AUTH}documents`],
  driveRead: [`${AUTH}drive.readonly`, `${AUTH}drive`],
  drive: [`${AUTH}drive`],
  ui: [`${AUTH}script.container.ui`],
  scriptapp: [`${AUTH}script.scriptapp`],
  mail: [`${AUTH}script.send_mail`],
  email: [`${AUTH}userinfo.email`],
  // The Sheets API's own list for values.batchGet (its reference page, "Authorization scopes").
  sheetsApiRead: [
    `${AUTH}drive`,
    `${AUTH}drive.file`,
    `${AUTH}drive.readonly`,
    `${AUTH}spreadsheets`,
    `${AUTH}spreadsheets.readonly`,
  ],
} as const;

/** free: no authorization at all; storage: no scope but needs an authorized run. */
export type Access = 'free' | 'storage' | keyof typeof SCOPES;

/** Which modes each kind of access is refused in. CUSTOM_FUNCTION is treated like LIMITED. */
const OTHER_FILES: AuthModeName[] = ['NONE', 'LIMITED', 'CUSTOM_FUNCTION'];
const REFUSED_IN: Record<Access, AuthModeName[]> = {
  free: [],
  storage: ['NONE'],
  sheets: ['NONE'],
  ui: ['NONE'],
  email: ['NONE'],
  sheetsApiRead: OTHER_FILES,
  sheetsFull: OTHER_FILES,
  scriptapp: OTHER_FILES,
  mail: OTHER_FILES,
  docs: OTHER_FILES,
  docsFull: OTHER_FILES,
  driveRead: OTHER_FILES,
  drive: OTHER_FILES,
};

interface ClassScopes {
  /** The class's page under REFERENCE. */
  reference: string;
  /** The full address, for a page outside REFERENCE (an advanced service). */
  url?: string;
  methods: Record<string, Access>;
}

/** `each('sheets', 'getValues setValues')` → { getValues: 'sheets', setValues: 'sheets' }. */
function each(access: Access, names: string): Record<string, Access> {
  return Object.fromEntries(
    names
      .split(/\s+/)
      .filter(Boolean)
      .map((name) => [name, access]),
  );
}

// Shared method lists (the Document elements inherit most of theirs from Element/ContainerElement).
const ELEMENT = `asBody asListItem asParagraph asTable asTableCell asTableRow asText copy editAsText
  findElement findText getAttributes getNextSibling getParent getPreviousSibling getText getType
  isAtDocumentEnd removeFromParent replaceText setAttributes`;
const CONTAINER = `${ELEMENT} appendHorizontalRule appendListItem appendPageBreak appendParagraph
  appendTable clear getChild getChildIndex getListItems getNumChildren getParagraphs getTables
  insertHorizontalRule insertListItem insertPageBreak insertParagraph insertTable removeChild setText`;
const PARAGRAPH = `${ELEMENT} appendHorizontalRule appendPageBreak appendText clear getAlignment getChild
  getHeading getLinkUrl getNumChildren setAlignment setHeading setIndentEnd setIndentFirstLine
  setIndentStart setLeftToRight setLineSpacing setLinkUrl setSpacingAfter setSpacingBefore setText`;
const SHARING_READ = `getEditors getViewers getOwner getSharingAccess getSharingPermission`;
const SHARING_WRITE = `addEditor addEditors addViewer addViewers removeEditor removeViewer setSharing`;
const DRIVE_ITEM_READ = `getId getName getUrl getDescription getDateCreated getLastUpdated getParents
  isTrashed ${SHARING_READ}`;
const DRIVE_ITEM_WRITE = `setName setDescription setTrashed moveTo ${SHARING_WRITE}`;
const ITERATOR = 'getContinuationToken hasNext next';

export const SCOPE_TABLE: Record<string, ClassScopes> = {
  SpreadsheetApp: {
    reference: 'spreadsheet/spreadsheet-app',
    methods: {
      ...each('free', 'flush getUi newDataValidation'),
      ...each('sheets', 'getActive getActiveRange getActiveSheet getActiveSpreadsheet setActiveSheet'),
      ...each('sheetsFull', 'create open openById openByUrl'),
    },
  },
  Spreadsheet: {
    reference: 'spreadsheet/spreadsheet',
    methods: each(
      'sheets',
      `addEditor addEditors addViewer addViewers appendRow createTextFinder deleteSheet getActiveRange
      getActiveSheet getDataRange getEditors getId getLastColumn getLastRow getName getNumSheets getOwner
      getProtections getRange getRangeByName getSheetById getSheetByName getSheetName getSheets
      getSpreadsheetLocale getSpreadsheetTimeZone getUrl getViewers insertSheet removeEditor removeViewer
      rename setActiveSheet setSpreadsheetLocale setSpreadsheetTimeZone toast`,
    ),
  },
  Sheet: {
    reference: 'spreadsheet/sheet',
    methods: each(
      'sheets',
      `activate appendRow autoResizeColumn autoResizeColumns clear clearContents clearFormats clearNotes
      createTextFinder deleteColumn deleteColumns deleteRow deleteRows getColumnWidth getDataRange
      getFrozenColumns getFrozenRows getIndex getLastColumn getLastRow getMaxColumns getMaxRows getName
      getParent getProtections getRange getRowHeight getSheetId getSheetValues getTabColor getType
      hideColumns hideSheet insertColumnAfter insertColumnBefore insertColumns insertColumnsAfter
      insertColumnsBefore insertRowAfter insertRowBefore insertRows insertRowsAfter insertRowsBefore
      isSheetHidden moveColumns protect setColumnWidth setColumnWidths setFrozenColumns setFrozenRows setName
      setRowHeight setRowHeights setTabColor showColumns showSheet`,
    ),
  },
  Range: {
    reference: 'spreadsheet/range',
    methods: each(
      'sheets',
      `activate clear clearContent clearDataValidations clearFormat clearNote createTextFinder
      getA1Notation getBackground getBackgrounds getCell getColumn getDataValidation getDataValidations
      getDisplayValue getDisplayValues getFontColor getFontWeight getFontWeights getFormula getFormulas
      getGridId getHeight getHorizontalAlignment getLastColumn getLastRow getNote getNotes getNumColumns
      getNumRows getNumberFormat getNumberFormats getRow getRowIndex getSheet getValue getValues getWidth
      getWrap insertCheckboxes isBlank offset protect setBackground setBackgrounds setBorder
      setDataValidation setDataValidations setFontColor setFontColors setFontFamily setFontLine
      setFontSize setFontStyle setFontWeight setFontWeights setFormula setFormulas
      setHorizontalAlignment setHorizontalAlignments setNote setNotes setNumberFormat setNumberFormats
      setTextRotation setValue setValues setVerticalAlignment setWrap setWrapStrategy setWraps sort`,
    ),
  },
  // Listed ahead of its fake (dev/fakes/spreadsheet/text-finder.ts): the sheet reads will use it.
  TextFinder: {
    reference: 'spreadsheet/text-finder',
    methods: each(
      'sheets',
      `findAll findNext findPrevious getCurrentMatch ignoreDiacritics matchCase matchEntireCell
      matchFormulaText replaceAllWith replaceWith startFrom useRegularExpression`,
    ),
  },
  Protection: {
    reference: 'spreadsheet/protection',
    methods: each(
      'sheets',
      `addEditor addEditors canDomainEdit canEdit getDescription getEditors getProtectionType getRange
      getRangeName getUnprotectedRanges isWarningOnly remove removeEditor removeEditors setDescription
      setDomainEdit setRange setUnprotectedRanges setWarningOnly`,
    ),
  },
  // Building a rule touches no data; the reference lists no scope for these builders.
  DataValidation: {
    reference: 'spreadsheet/data-validation',
    methods: each('free', 'copy getAllowInvalid getCriteriaType getCriteriaValues getHelpText'),
  },
  DataValidationBuilder: {
    reference: 'spreadsheet/data-validation-builder',
    methods: each(
      'free',
      `build copy getAllowInvalid getCriteriaType getCriteriaValues getHelpText requireCheckbox
      requireDate requireDateAfter requireDateBefore requireDateBetween requireDateEqualTo
      requireDateNotBetween requireDateOnOrAfter requireDateOnOrBefore requireFormulaSatisfied
      requireNumberBetween requireNumberEqualTo requireNumberGreaterThan requireNumberGreaterThanOrEqualTo
      requireNumberLessThan requireNumberLessThanOrEqualTo requireNumberNotBetween requireNumberNotEqualTo
      requireTextContains requireTextDoesNotContain requireTextEqualTo requireTextIsEmail requireTextIsUrl
      requireValueInList requireValueInRange setAllowInvalid setHelpText withCriteria`,
    ),
  },
  // Building menus is what onOpen may do in AuthMode.NONE; showing UI needs the scope. The menu's
  // 시트 준비·복구 reports with alert(title, prompt, buttons) and ButtonSet.OK
  // (https://developers.google.com/apps-script/reference/base/ui#alerttitle,-prompt,-buttons,
  // https://developers.google.com/apps-script/reference/base/button-set).
  Ui: {
    reference: 'base/ui',
    methods: {
      ...each('free', 'createMenu createAddonMenu'),
      ...each('ui', 'alert prompt showDialog showModalDialog showModelessDialog showSidebar'),
    },
  },
  Menu: { reference: 'base/menu', methods: each('free', 'addItem addSeparator addSubMenu addToUi') },
  PromptResponse: {
    reference: 'base/prompt-response',
    methods: each('free', 'getResponseText getSelectedButton'),
  },
  HtmlService: {
    reference: 'html/html-service',
    methods: each(
      'free',
      'createHtmlOutput createHtmlOutputFromFile createTemplate createTemplateFromFile getUserAgent',
    ),
  },
  HtmlOutput: {
    reference: 'html/html-output',
    methods: each(
      'free',
      `addMetaTag append appendUntrusted clear getAs getBlob getContent getFaviconUrl getHeight
      getMetaTags getTitle getWidth setContent setFaviconUrl setHeight setSandboxMode setTitle setWidth
      setXFrameOptionsMode`,
    ),
  },
  HtmlTemplate: { reference: 'html/html-template', methods: each('free', 'evaluate getCode getRawContent') },
  ScriptApp: {
    reference: 'script/script-app',
    methods: {
      ...each('free', 'getAuthorizationInfo getInstallationSource getOAuthToken getScriptId'),
      ...each('scriptapp', 'deleteTrigger getProjectTriggers getUserTriggers newTrigger'),
    },
  },
  AuthorizationInfo: {
    reference: 'script/authorization-info',
    methods: each('free', 'getAuthorizationStatus getAuthorizationUrl'),
  },
  Trigger: {
    reference: 'script/trigger',
    methods: each(
      'scriptapp',
      'getEventType getHandlerFunction getTriggerSource getTriggerSourceId getUniqueId',
    ),
  },
  TriggerBuilder: {
    reference: 'script/trigger-builder',
    methods: each('scriptapp', 'forSpreadsheet timeBased'),
  },
  ClockTriggerBuilder: {
    reference: 'script/clock-trigger-builder',
    methods: each(
      'scriptapp',
      'after at atHour create everyDays everyHours everyMinutes everyWeeks inTimezone nearMinute onWeekDay',
    ),
  },
  SpreadsheetTriggerBuilder: {
    reference: 'script/spreadsheet-trigger-builder',
    methods: each('scriptapp', 'create onChange onEdit onFormSubmit onOpen'),
  },
  PropertiesService: {
    reference: 'properties/properties-service',
    methods: each('storage', 'getDocumentProperties getScriptProperties getUserProperties'),
  },
  Properties: {
    reference: 'properties/properties',
    methods: each(
      'storage',
      'deleteAllProperties deleteProperty getKeys getProperties getProperty setProperties setProperty',
    ),
  },
  CacheService: {
    reference: 'cache/cache-service',
    methods: each('storage', 'getDocumentCache getScriptCache getUserCache'),
  },
  Cache: { reference: 'cache/cache', methods: each('storage', 'get getAll put putAll remove removeAll') },
  LockService: {
    reference: 'lock/lock-service',
    methods: each('storage', 'getDocumentLock getScriptLock getUserLock'),
  },
  Lock: { reference: 'lock/lock', methods: each('storage', 'hasLock releaseLock tryLock waitLock') },
  MailApp: { reference: 'mail/mail-app', methods: each('mail', 'getRemainingDailyQuota sendEmail') },
  DocumentApp: {
    reference: 'document/document-app',
    methods: {
      ...each('free', 'getUi'),
      ...each('docs', 'getActiveDocument'),
      ...each('docsFull', 'create openById openByUrl'),
    },
  },
  Document: {
    reference: 'document/document',
    methods: each(
      'docs',
      `addEditor addEditors addFooter addHeader addViewer addViewers getAs getBlob getBody getCursor
      getEditors getFooter getHeader getId getName getSelection getUrl getViewers removeEditor removeViewer
      saveAndClose setName`,
    ),
  },
  Body: {
    reference: 'document/body',
    methods: each(
      'docs',
      `${CONTAINER} setMarginBottom setMarginLeft setMarginRight setMarginTop setPageHeight setPageWidth`,
    ),
  },
  HeaderSection: { reference: 'document/header-section', methods: each('docs', CONTAINER) },
  FooterSection: { reference: 'document/footer-section', methods: each('docs', CONTAINER) },
  Paragraph: { reference: 'document/paragraph', methods: each('docs', PARAGRAPH) },
  ListItem: {
    reference: 'document/list-item',
    methods: each(
      'docs',
      `${PARAGRAPH} getGlyphType getListId getNestingLevel setGlyphType setListId setNestingLevel`,
    ),
  },
  Table: {
    reference: 'document/table',
    methods: each(
      'docs',
      `${ELEMENT} appendTableRow getBorderColor getBorderWidth getCell getChild getChildIndex getColumnWidth
      getNumChildren getNumRows getRow insertTableRow removeChild removeRow setBorderColor setBorderWidth
      setColumnWidth`,
    ),
  },
  TableRow: {
    reference: 'document/table-row',
    methods: each(
      'docs',
      `${ELEMENT} appendTableCell getCell getChild getChildIndex getMinimumHeight getNumCells getNumChildren
      getParentTable insertTableCell removeCell setMinimumHeight`,
    ),
  },
  TableCell: {
    reference: 'document/table-cell',
    methods: each(
      'docs',
      `${CONTAINER} getBackgroundColor getColSpan getParentRow getParentTable getRowSpan getVerticalAlignment
      getWidth setBackgroundColor setPaddingBottom setPaddingLeft setPaddingRight setPaddingTop
      setVerticalAlignment setWidth`,
    ),
  },
  Text: {
    reference: 'document/text',
    methods: each(
      'docs',
      `appendText deleteText findText getAttributes getFontSize getLinkUrl getParent getText
      getTextAttributeIndices getType insertText isBold isItalic replaceText setAttributes
      setBackgroundColor setBold setFontFamily setFontSize setForegroundColor setItalic setLinkUrl
      setStrikethrough setText setTextAlignment setUnderline`,
    ),
  },
  HorizontalRule: {
    reference: 'document/horizontal-rule',
    methods: each('docs', 'getParent getType removeFromParent'),
  },
  PageBreak: {
    reference: 'document/page-break',
    methods: each('docs', 'getParent getType removeFromParent'),
  },
  RangeElement: {
    reference: 'document/range-element',
    methods: each('docs', 'getElement getEndOffsetInclusive getStartOffset isPartial'),
  },
  // Drive: reads accept drive.readonly, everything that creates, moves, shares or bins needs the full
  // drive scope; drive.file is not among them for any DriveApp, Folder or File method.
  DriveApp: {
    reference: 'drive/drive-app',
    methods: {
      ...each(
        'driveRead',
        'getFileById getFiles getFilesByName getFilesByType getFolderById getFolders getFoldersByName getRootFolder',
      ),
      ...each('drive', 'createFile createFolder'),
    },
  },
  Folder: {
    reference: 'drive/folder',
    methods: {
      ...each(
        'driveRead',
        `${DRIVE_ITEM_READ} getFiles getFilesByName getFilesByType getFolders getFoldersByName`,
      ),
      ...each('drive', `${DRIVE_ITEM_WRITE} addFile addFolder createFile createFolder removeFile`),
    },
  },
  File: {
    reference: 'drive/file',
    methods: {
      ...each('driveRead', `${DRIVE_ITEM_READ} getAs getBlob getMimeType getSize`),
      ...each('drive', `${DRIVE_ITEM_WRITE} makeCopy setContent`),
    },
  },
  FileIterator: { reference: 'drive/file-iterator', methods: each('driveRead', ITERATOR) },
  FolderIterator: { reference: 'drive/folder-iterator', methods: each('driveRead', ITERATOR) },
  Blob: {
    reference: 'base/blob',
    methods: each(
      'free',
      `copyBlob getAs getBlob getBytes getContentType getDataAsString getName isGoogleType setBytes
      setContentType setDataFromString setName`,
    ),
  },
  Session: {
    reference: 'base/session',
    methods: {
      ...each('free', 'getActiveUserLocale getScriptTimeZone getTimeZone'),
      ...each('email', 'getActiveUser getEffectiveUser'),
      ...each('storage', 'getTemporaryActiveUserKey'),
    },
  },
  // One fake for base/user and drive/user: getEmail lists no scope on either page.
  User: { reference: 'base/user', methods: each('free', 'getEmail') },
  Utilities: {
    reference: 'utilities/utilities',
    methods: each(
      'free',
      `base64Decode base64DecodeWebSafe base64Encode base64EncodeWebSafe computeDigest
      computeHmacSha256Signature computeHmacSignature formatDate formatString getUuid jsonParse
      jsonStringify newBlob parseCsv parseDate sleep`,
    ),
  },
  Logger: { reference: 'base/logger', methods: each('free', 'clear getLog log') },
  // An advanced service: its page is outside /reference/, so `url` names it in full.
  SpreadsheetsValues: {
    reference: '',
    url: 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet',
    methods: each('sheetsApiRead', 'batchGet'),
  },
};

export function referenceUrl(cls: string): string | undefined {
  const entry = SCOPE_TABLE[cls];
  return entry && (entry.url ?? `${REFERENCE}${entry.reference}`);
}

export function accessFor(cls: string, method: string): Access {
  const access = SCOPE_TABLE[cls]?.methods[method];
  if (access === undefined)
    fail(`${cls}.${method} has no scope entry in dev/fakes/scopes.ts: add the one Google's reference lists.`);
  return access;
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
  const refused = `You do not have permission to call ${cls}.${method}. Required permissions: ${describeScopes(scopes)}`;
  if (REFUSED_IN[access].includes(mode)) {
    if (mode === 'NONE') fail('Authorization is required to perform that action.');
    fail(refused);
  }
  if (granted && scopes.length > 0 && !scopes.some((s) => granted.has(s))) fail(refused);
}
