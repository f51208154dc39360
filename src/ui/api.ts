/**
 * What the sidebar sends to and gets back from the server, named for the views. Every type here is
 * derived from the server's entry module through src/contract/server.ts; none is written out again.
 * Types only: nothing here reaches the bundle.
 */
import type { ServerApi, ServerClient, ServerInput, ServerName, ServerResult } from '../contract/server';

export type { ServerApi, ServerClient, ServerInput, ServerName, ServerResult };

export type CaseFileView = ServerResult<'getCase'>;
export type PlanView = CaseFileView['plans'][number];
export type PlanItemView = PlanView['items'][number];
/** A row of a sheet that someone broke by hand (src/db reports it; the sidebar only shows it). */
export type RowProblem = CaseFileView['problems'][number];
export type CaseList = ServerResult<'listCases'>;
export type CaseSummary = CaseList['cases'][number];
/** A row of the 문서 tab as listCaseDocuments returns it. */
export type CaseDocument = ServerResult<'listCaseDocuments'>['documents'][number];
export type DataHealthReport = ServerResult<'checkDataHealth'>;
export type TodayList = ServerResult<'getTodayList'>;
export type TodayItem = TodayList['overdue'][number];
export type ResourceList = ServerResult<'listResources'>;
export type ResourceView = ResourceList['resources'][number];
export type SaveResourceInput = ServerInput<'saveResource'>;
export type ResourceImportInput = ServerInput<'importResources'>;
export type ImportSummary = ServerResult<'importResources'>;
export type PublicationPlan = ServerResult<'previewPublication'>;
export type PublishResult = ServerResult<'publishResources'>;
export type SettingsChange = ServerInput<'saveSettings'>;
export type SettingField = ServerResult<'getSettings'>['fields'][number];
export type SettingKey = keyof SettingsChange['values'];
export type SimilarClient = ServerResult<'findSimilarClients'>['matches'][number];
/** A 서식 setting's document as getSettings names it, or why it cannot be opened. */
export type TemplateInfo = NonNullable<ServerResult<'getSettings'>['templates'][SettingKey]>;
export type StaffRecord = ServerResult<'getStaff'>['staff'][number];
export type GeneratedGapReport = ServerResult<'generateGapReport'>;
