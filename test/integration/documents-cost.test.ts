import { startAddon } from '../support/addon-harness';
import {
  caseWithPlan,
  makeTemplate,
  PLAN_TEMPLATE_SETTING,
  writeSetting,
} from '../support/documents-harness';

/**
 * Apps Script bills every DocumentApp and DriveApp call, and a table built row by row is what makes
 * merge tools slow. A document must cost the same number of calls for a plan of 2 items as for one
 * of 40: every table is one call, whatever its length.
 */
const DOCS_AND_DRIVE =
  /^(DocumentApp|Document|Body|HeaderSection|FooterSection|Paragraph|ListItem|Table|TableRow|TableCell|Text|RangeElement|DriveApp|Folder|File|FolderIterator|FileIterator|Blob)\./;

interface Scenario {
  form: string;
  /** A document of this form was made before, so template and folders exist. */
  warm: boolean;
  pdf?: boolean;
  customTemplate?: boolean;
  closed?: boolean;
}

function documentCalls(items: number, s: Scenario): Record<string, number> {
  const h = startAddon();
  const caseNo = caseWithPlan(h, items);
  if (s.closed) h.call('closeCase', { caseNo, closedOn: '2026-07-01', reason: 'goalAchieved' });
  if (s.customTemplate) {
    const id = makeTemplate(h.env, '우리 동 서식', [
      '{{관리번호}} {{대상자명}}',
      [
        ['목표', '서비스', '기간'],
        ['{{항목.개입목표}}', '{{항목.서비스내용}}', '{{항목.기간}}'],
        ['합계', '', '{{계획.동의일}}'],
      ],
    ]);
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, id);
  }
  if (s.warm) h.call('generateCaseDocument', { caseNo, form: s.form });
  h.env.counters.reset();
  h.call('generateCaseDocument', { caseNo, form: s.form, pdf: s.pdf ?? false });
  return Object.fromEntries(
    Object.entries(h.env.counters.snapshot()).filter(([key, n]) => n > 0 && DOCS_AND_DRIVE.test(key)),
  );
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

const SCENARIOS: [string, Scenario][] = [
  ['plan form, first use (default template made)', { form: 'plan', warm: false }],
  ['plan form, again, with PDF', { form: 'plan', warm: true, pdf: true }],
  [
    'plan form from a centre template with a repeating row',
    { form: 'plan', warm: true, customTemplate: true },
  ],
  ['case summary', { form: 'summary', warm: true }],
  ['closure report', { form: 'closure', warm: true, closed: true }],
];

describe('DocumentApp and DriveApp calls per document do not grow with the plan', () => {
  it.each(SCENARIOS)('%s', (_label, scenario) => {
    const small = documentCalls(2, scenario);
    const large = documentCalls(40, scenario);
    expect(large).toEqual(small);
    // The Doc is a copy of the template; its lists become rows in one insertTable each.
    expect(small['File.makeCopy']).toBe(1);
    expect(small['Body.insertTable'] ?? 0).toBeGreaterThan(0);
    expect(small['TableRow.appendTableCell'] ?? 0).toBe(0);
    // A template read before is not read again: the merge alone is a few dozen calls.
    expect(total(small)).toBeLessThan(scenario.warm ? 70 : 250);
  });
});
