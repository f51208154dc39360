import { COST_MODEL, kindOf, modelServiceMs } from '../../../dev/bench/cost-model';

/** The bench's one cost model (PERFORMANCE.md, docs/cost-model.md): how each call is priced. */
describe('cost model', () => {
  it.each([
    ['Range.getValues', 'roundTrip'],
    ['Sheet.getLastRow', 'roundTrip'],
    ['Sheet.getDataRange', 'roundTrip'],
    ['SpreadsheetApp.flush', 'roundTrip'],
    ['Lock.waitLock', 'roundTrip'],
    ['Range.setValues', 'write'],
    ['Sheet.insertRowsAfter', 'write'],
    ['TextFinder.findAll', 'search'],
    ['TextFinder.findNext', 'search'],
    ['Body.appendParagraph', 'document'],
    ['DocumentApp.create', 'createFile'],
    ['File.makeCopy', 'createFile'],
    ['SpreadsheetApp.openById', 'openSpreadsheet'],
    ['Properties.getProperty', 'propertyGet'],
    ['Properties.setProperty', 'propertySet'],
    ['MailApp.sendEmail', 'mail'],
    ['ClockTriggerBuilder.create', 'service'],
    ['Unknown.method', 'service'],
  ])('%s is priced as %s', (key, kind) => {
    expect(kindOf(key)).toBe(kind);
  });

  it.each([
    'Sheet.getRange',
    'Range.offset',
    'Range.getLastRow',
    'Spreadsheet.getSheetByName',
    'Range.createTextFinder',
    'TextFinder.matchEntireCell',
    'DataValidationBuilder.requireCheckbox',
    'LockService.getDocumentLock',
    'Utilities.formatDate',
  ])('%s only builds an object in the script: free', (key) => {
    expect(kindOf(key)).toBe('local');
  });

  it('adds the cells read, written and searched to the calls', () => {
    const ms = modelServiceMs({
      calls: { 'Range.getValues': 2, 'Range.setValues': 1, 'TextFinder.findAll': 1, 'Sheet.getRange': 5 },
      cellsRead: 1000,
      cellsWritten: 10,
      cellsSearched: 10_000,
    });
    const m = COST_MODEL;
    expect(ms).toBeCloseTo(
      2 * m.roundTripMs.value +
        m.writeCallMs.value +
        m.searchMs.value +
        1000 * m.cellReadMs.value +
        10 * m.cellWrittenMs.value +
        10_000 * m.cellSearchedMs.value,
    );
  });

  it('names a source for every figure, or says it is an assumption', () => {
    for (const parameter of Object.values(COST_MODEL)) expect(parameter.source).not.toBe('');
  });
});
