/**
 * A tab's name as A1 notation needs it: quoted unless it is plain letters, digits and underscores
 * (Korean names always are quoted), with a quote inside doubled (Sheets API, "A1 notation").
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
