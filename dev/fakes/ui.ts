import { GasObject } from './membrane';
import { fail } from './errors';
import type { World } from './world';
import { HtmlOutput } from './html';

/** Ui, Menu, PromptResponse (https://developers.google.com/apps-script/reference/base/ui). */

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

type MenuItem = { caption: string; functionName: string; submenu?: MenuItem[] } | { separator: true };

export class Menu extends GasObject {
  readonly _class = 'Menu';
  readonly _items: (MenuItem | Menu)[] = [];

  constructor(
    readonly _w: World,
    readonly _title: string,
  ) {
    super();
  }

  addItem(caption: string, functionName: string): this {
    this._items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this._items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: Menu): this {
    if (!(menu instanceof Menu)) fail('Invalid argument: menu');
    this._items.push(menu);
    return this;
  }

  _snapshot(): MenuItem[] {
    return this._items.map((i) =>
      i instanceof Menu ? { caption: i._title, functionName: '', submenu: i._snapshot() } : { ...i },
    );
  }

  /** Adding a menu with the same title again (onOpen runs on every open) replaces it. */
  addToUi(): void {
    const record = { title: this._title, items: this._snapshot() };
    const at = this._w.ui.menus.findIndex((m) => m.title === this._title);
    if (at >= 0) this._w.ui.menus[at] = record;
    else this._w.ui.menus.push(record);
  }
}

export class PromptResponse extends GasObject {
  readonly _class = 'PromptResponse';

  constructor(
    readonly _button: string,
    readonly _text: string,
  ) {
    super();
  }

  getResponseText(): string {
    return this._text;
  }

  getSelectedButton(): string {
    return this._button;
  }
}

/**
 * Dialogs need a person: alert answers with a queued button (env.queueAlertResponse) or else the
 * affirmative button of its set (OK, or YES for YES_NO…); prompt answers with a queued response
 * or CLOSE, as if the person closed it.
 */
export class Ui extends GasObject {
  readonly _class = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(readonly _w: World) {
    super();
  }

  createMenu(caption: string): Menu {
    return new Menu(this._w, String(caption));
  }

  createAddonMenu(): Menu {
    return new Menu(this._w, this._w.addonName);
  }

  private _output(userInterface: unknown): HtmlOutput {
    if (!(userInterface instanceof HtmlOutput)) fail('Invalid argument: userInterface');
    return userInterface;
  }

  showSidebar(userInterface: HtmlOutput): void {
    const out = this._output(userInterface);
    const record: { title: string; html: string; file?: string } = { title: out._title, html: out._content };
    if (out._file) record.file = out._file;
    this._w.ui.sidebars.push(record);
  }

  private _dialog(userInterface: HtmlOutput, title: string | undefined, modal: boolean): void {
    const out = this._output(userInterface);
    const record: { title: string; html: string; modal: boolean; width?: number; height?: number } = {
      title: title === undefined ? out._title : String(title),
      html: out._content,
      modal,
    };
    if (out._width) record.width = out._width;
    if (out._height) record.height = out._height;
    this._w.ui.dialogs.push(record);
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog(userInterface, title, true);
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog(userInterface, title, false);
  }

  showDialog(userInterface: HtmlOutput): void {
    this._dialog(userInterface, undefined, true);
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined
        ? [a, b, c]
        : b !== undefined && b in ButtonSet
          ? [undefined, a, b]
          : [undefined, a, undefined];
    const record: { title?: string; prompt: string } = { prompt: String(prompt) };
    if (title !== undefined) record.title = String(title);
    this._w.ui.alerts.push(record);
    const queued = this._w.uiQueue.alerts.shift();
    if (queued !== undefined) return queued;
    return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
  }

  prompt(a: string, b?: string, c?: string): PromptResponse {
    const [title, prompt] =
      c !== undefined ? [a, b] : b !== undefined && b in ButtonSet ? [undefined, a] : [undefined, a];
    const record: { title?: string; prompt: string } = { prompt: String(prompt) };
    if (title !== undefined) record.title = String(title);
    this._w.ui.alerts.push(record);
    const queued = this._w.uiQueue.prompts.shift();
    return queued ? new PromptResponse(queued.button, queued.text) : new PromptResponse(Button.CLOSE, '');
  }
}
