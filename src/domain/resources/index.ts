/** The community resource directory (자원): fields, HSDS mapping, CSV, import plan, referral rules. */
export * from './fields';
export * from './schemas';
export * from './referral-fields';
export * from './csv';
export * from './hsds-tables';
export * from './hsds-encode';
export * from './hsds-decode';
export * from './incoming';
export * from './sheet-decode';
export * from './import-plan';
export * from './privacy';
export * from './directory';
export * from './referral';
export * from './ids';
export * from './address';
export * from './uuid';
