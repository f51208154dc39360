import { GasObject } from '../membrane';
import { fail, isDate } from '../errors';

/**
 * DataValidation / DataValidationBuilder
 * (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder).
 * Rules are stored on cells but not enforced on script writes: Sheets only flags invalid cells.
 */

export const DataValidationCriteria = {
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
} as const;

export type CriteriaType = keyof typeof DataValidationCriteria;

export interface ValidationRule {
  criteria: CriteriaType;
  /** Dates are Date, ranges are raw Range objects (see serialize.ts). */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

function copyValues(values: unknown[]): unknown[] {
  return values.map((v) => (Array.isArray(v) ? [...v] : isDate(v) ? new Date(v.getTime()) : v));
}

export function copyRule(rule: ValidationRule): ValidationRule {
  return { ...rule, values: copyValues(rule.values) };
}

export function isDefaultCheckbox(rule: ValidationRule | undefined): boolean {
  return !!rule && rule.criteria === 'CHECKBOX' && rule.values.length === 0;
}

export class DataValidation extends GasObject {
  readonly _class = 'DataValidation';

  constructor(readonly _rule: ValidationRule) {
    super();
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(copyRule(this._rule));
  }

  getAllowInvalid(): boolean {
    return this._rule.allowInvalid;
  }

  getCriteriaType(): string {
    return this._rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyValues(this._rule.values);
  }

  getHelpText(): string | null {
    return this._rule.helpText;
  }
}

export class DataValidationBuilder extends GasObject {
  readonly _class = 'DataValidationBuilder';
  private _r: ValidationRule;
  private _hasCriteria: boolean;

  constructor(rule?: ValidationRule) {
    super();
    this._r = rule ?? { criteria: 'VALUE_IN_LIST', values: [], allowInvalid: true, helpText: null };
    this._hasCriteria = rule !== undefined;
  }

  private _set(criteria: CriteriaType, values: unknown[]): this {
    this._r = { ...this._r, criteria, values };
    this._hasCriteria = true;
    return this;
  }

  build(): DataValidation {
    if (!this._hasCriteria) fail('You must specify a criteria type.');
    return new DataValidation(copyRule(this._r));
  }

  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(copyRule(this._r));
    b._hasCriteria = this._hasCriteria;
    return b;
  }

  getAllowInvalid(): boolean {
    return this._r.allowInvalid;
  }

  getCriteriaType(): string {
    return this._r.criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyValues(this._r.values);
  }

  getHelpText(): string | null {
    return this._r.helpText;
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this._r.allowInvalid = !!allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): this {
    this._r.helpText = String(helpText);
    return this;
  }

  withCriteria(criteria: string, args: unknown[]): this {
    if (!(criteria in DataValidationCriteria)) fail(`Invalid argument: criteria`);
    return this._set(criteria as CriteriaType, copyValues(args));
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this._set('CHECKBOX', values);
  }

  requireDate(): this {
    return this._set('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: Date): this {
    return this._set('DATE_AFTER', [date]);
  }

  requireDateBefore(date: Date): this {
    return this._set('DATE_BEFORE', [date]);
  }

  requireDateBetween(start: Date, end: Date): this {
    return this._set('DATE_BETWEEN', [start, end]);
  }

  requireDateEqualTo(date: Date): this {
    return this._set('DATE_EQUAL_TO', [date]);
  }

  requireDateNotBetween(start: Date, end: Date): this {
    return this._set('DATE_NOT_BETWEEN', [start, end]);
  }

  requireDateOnOrAfter(date: Date): this {
    return this._set('DATE_ON_OR_AFTER', [date]);
  }

  requireDateOnOrBefore(date: Date): this {
    return this._set('DATE_ON_OR_BEFORE', [date]);
  }

  requireFormulaSatisfied(formula: string): this {
    return this._set('CUSTOM_FORMULA', [String(formula)]);
  }

  requireNumberBetween(start: number, end: number): this {
    return this._set('NUMBER_BETWEEN', [Number(start), Number(end)]);
  }

  requireNumberEqualTo(n: number): this {
    return this._set('NUMBER_EQUAL_TO', [Number(n)]);
  }

  requireNumberGreaterThan(n: number): this {
    return this._set('NUMBER_GREATER_THAN', [Number(n)]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [Number(n)]);
  }

  requireNumberLessThan(n: number): this {
    return this._set('NUMBER_LESS_THAN', [Number(n)]);
  }

  requireNumberLessThanOrEqualTo(n: number): this {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [Number(n)]);
  }

  requireNumberNotBetween(start: number, end: number): this {
    return this._set('NUMBER_NOT_BETWEEN', [Number(start), Number(end)]);
  }

  requireNumberNotEqualTo(n: number): this {
    return this._set('NUMBER_NOT_EQUAL_TO', [Number(n)]);
  }

  requireTextContains(text: string): this {
    return this._set('TEXT_CONTAINS', [String(text)]);
  }

  requireTextDoesNotContain(text: string): this {
    return this._set('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }

  requireTextEqualTo(text: string): this {
    return this._set('TEXT_EQUAL_TO', [String(text)]);
  }

  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): this {
    return this._set('TEXT_IS_VALID_URL', []);
  }

  /** Criteria values are [values, showDropdown], as getCriteriaValues reports them. */
  requireValueInList(values: unknown[], showDropdown?: boolean): this {
    if (!Array.isArray(values)) fail('Invalid argument: values');
    return this._set('VALUE_IN_LIST', [
      values.map((v) => String(v)),
      showDropdown === undefined ? true : !!showDropdown,
    ]);
  }

  requireValueInRange(range: unknown, showDropdown?: boolean): this {
    return this._set('VALUE_IN_RANGE', [range, showDropdown === undefined ? true : !!showDropdown]);
  }
}
