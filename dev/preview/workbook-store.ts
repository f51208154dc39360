/**
 * The preview's workbook file: the whole fake environment (spreadsheets, documents, mails,
 * properties, triggers, clock) as `<data dir>/workbook.json`, written after every call and read
 * back on start. `npm run reset` deletes the folder.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EnvironmentJSON } from '../fakes/environment-api';

export class WorkbookStore {
  readonly file: string;

  constructor(readonly dataDir: string) {
    this.file = path.join(dataDir, 'workbook.json');
  }

  /** The saved environment, or undefined on first start. */
  load(): EnvironmentJSON | undefined {
    if (!existsSync(this.file)) return undefined;
    const parsed = parseJson(readFileSync(this.file, 'utf8'));
    if ('error' in parsed) {
      throw new Error(`${this.file} is not a readable workbook (${parsed.error}); run \`npm run reset\``);
    }
    return parsed.value as EnvironmentJSON;
  }

  /** Writes a temporary file and renames it, so a crash never leaves half a workbook. */
  save(state: EnvironmentJSON): void {
    mkdirSync(this.dataDir, { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(state));
    renameSync(temporary, this.file);
  }
}

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
