/**
 * What a merge needs to know of a template Doc, kept between runs.
 *
 * Reading a template costs some seventy DocumentApp calls (every block's type and text, the
 * repeating row cell by cell, its style and column widths), more than the merge itself. A centre
 * changes its templates rarely, so the facts are kept per form in the document properties
 * (https://developers.google.com/apps-script/reference/properties/properties-service: scope
 * `script.storage`, 9 KB a value) beside the template's id and its Drive last-updated time
 * (File.getLastUpdated, which moves with every edit). A template edited, replaced or unreadable
 * since is read again. Only this add-on's script reads or writes these properties: a person
 * editing the sheet cannot reach them.
 */
import type { DocumentForm } from '../domain/documents/forms';
import type { TemplateScan } from '../domain/documents/template';

/** A repeating table's look that the rows made from it take over. */
export interface RepeatTableLook {
  /** Text attributes of the repeating row's first paragraph (font, size, colour, bold …). */
  rowStyle: Record<string, unknown> | null;
  /** Borders of the table. */
  tableStyle: Record<string, unknown> | null;
  /** Column widths in points; null where Docs spreads the column evenly. */
  widths: (number | null)[];
}

export interface TemplateFacts {
  scan: TemplateScan;
  /**
   * The body's text as Body.getText gave it: a merge compares its copy's with it, so a template
   * edited while its last-updated time stood still is read again rather than merged from old facts.
   */
  bodyText: string;
  /** By body block index: the tables that hold a list placeholder. */
  looks: Record<number, RepeatTableLook>;
}

interface Kept {
  version: number;
  templateId: string;
  updated: number;
  facts: TemplateFacts;
}

/** Raised when what is kept no longer describes what it was read from (the shape changed). */
const VERSION = 2;
/** Below the 9 KB a property value may hold, so a big template is simply not kept. */
const LIMIT = 8 * 1024;

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const key = (form: DocumentForm) => `templateFacts.${form}`;

function store(): GoogleAppsScript.Properties.Properties | null {
  return PropertiesService.getDocumentProperties();
}

/** The facts kept for this very version of the template, or null. */
export function keptFacts(form: DocumentForm, templateId: string, updated: number): TemplateFacts | null {
  const text = store()?.getProperty(key(form));
  if (!text) return null;
  try {
    const kept = JSON.parse(text) as Kept;
    const same = kept.version === VERSION && kept.templateId === templateId && kept.updated === updated;
    return same && Array.isArray(kept.facts?.scan?.body) && typeof kept.facts.bodyText === 'string'
      ? kept.facts
      : null;
  } catch {
    return null;
  }
}

/** Best effort: a full or failing property store only means the next run reads the template again. */
export function keepFacts(
  form: DocumentForm,
  templateId: string,
  updated: number,
  facts: TemplateFacts,
): void {
  const text = JSON.stringify({ version: VERSION, templateId, updated, facts } satisfies Kept);
  try {
    const properties = store();
    if (!properties) return;
    if (utf8Length(text) > LIMIT) properties.deleteProperty(key(form));
    else properties.setProperty(key(form), text);
  } catch {
    // Nothing is lost: the facts are read from the template again.
  }
}
