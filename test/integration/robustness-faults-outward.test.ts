import { startAddon } from '../support/addon-harness';
import { OUTWARD_COMMANDS, type OutwardCommand } from '../support/commands';
import { callsDuring, failing, run, SERVICE_FAILURE, visibleWorld } from '../support/fault-harness';
import { isReadableKorean } from '../support/robustness-harness';

/**
 * The fault suite of robustness-faults.test.ts for the calls that reach beyond the case spreadsheet:
 * publishing to the partners' sheet, the HSDS exports to Drive, the import and its preview. Each of
 * their write calls (to any spreadsheet, to Drive) fails in turn, twice so the retry fails too. A
 * failed call must leave nothing anyone can read changed (visibleWorld: every live spreadsheet and
 * Drive file, who may open them, the document properties; what was made and then binned is gone),
 * tell the person in Korean, and leave the next try free to succeed. The import's preview writes
 * nothing at all.
 */
const WRITE =
  /^(Range|Sheet)\.(set|insert|clear|append|delete)|^Spreadsheet\.(insert|delete|add|remove|set|rename)|^SpreadsheetApp\.create|^(DriveApp|Folder|File)\.(create|add|set|remove|move)/;

function prepared(command: OutwardCommand) {
  const h = startAddon();
  const payload = command.prepare(h);
  return { h, payload };
}

describe.each(OUTWARD_COMMANDS.map((c) => [c.name, c] as const))(
  '%s when a service call fails',
  (_name, command) => {
    const clean = prepared(command);
    const calls = callsDuring(clean.h, () => clean.h.call(command.fn, clean.payload));
    const writes = calls.filter((call) => WRITE.test(call));

    if (command.fn === 'previewResourceImport')
      it('writes nothing at all', () => {
        expect(writes).toEqual([]);
      });
    else
      it(`each of its ${writes.length} write calls failing twice leaves nothing anyone can see, and says so in Korean`, () => {
        const { h, payload } = prepared(command);
        const untouched = visibleWorld(h);
        const problems: string[] = [];
        for (let nth = 1; nth <= writes.length; nth++) {
          failing(h, WRITE, nth, 2, SERVICE_FAILURE);
          const message = run(h, command.fn, payload);
          if (!isReadableKorean(message))
            problems.push(`${writes[nth - 1]} (#${nth}): message ${JSON.stringify(message)}`);
          if (visibleWorld(h) !== untouched) {
            problems.push(`${writes[nth - 1]} (#${nth}): what people can read changed`);
            break;
          }
        }
        expect(problems).toEqual([]);
        expect(run(h, command.fn, payload)).toBe('');
      });
  },
);
