import { isDate } from '../errors';
import { lettersToColumn } from './a1';
import { formatGeneralNumber } from './number-format';
import { dateToSerial } from './serial';
import { parseNumber } from './value-typing';
import type { SheetModel, StoredValue } from './model';

/**
 * A deliberately small formula evaluator. Sheets recalculates formulas on read; the fake computes
 * arithmetic, comparison and `&` over literals and cell references (same or other sheet), which
 * is what accidental formulas made from typed text contain (`=1+1`, `+82-10-1234-5678`). Results:
 * - an unknown name (`=-abc`, `=홍길동`) reads as `#NAME?`, as in Sheets;
 * - text Sheets cannot parse as a formula (`+82 10-1234-5678`) reads as `#ERROR!`;
 * - a function call (`=SUM(A1:A3)`) is NOT evaluated and reads as '' (documented gap);
 * - division by zero `#DIV/0!`, bad operands `#VALUE!`, references off the sheet or cycles `#REF!`.
 */

export class FormulaError {
  constructor(readonly code: string) {}
}

export type FValue = StoredValue | '' | FormulaError;

export interface FormulaContext {
  sheet: SheetModel;
  timeZone: string;
  sheetByName(name: string): SheetModel | undefined;
  /** The value of a cell, evaluating formulas (cycle detection is the reader's job). */
  read(sheet: SheetModel, row: number, column: number): FValue;
}

type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet?: string; row: number; column: number }
  | { t: 'range' }
  | { t: 'name'; name: string }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'unary'; op: string; arg: Node }
  | { t: 'percent'; arg: Node }
  | { t: 'bin'; op: string; left: Node; right: Node };

interface Token {
  k: 'num' | 'str' | 'ref' | 'name' | 'op';
  v: string;
  sheet?: string;
}

class ParseError extends Error {}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d+)(?![\p{L}\p{N}_(])/u;

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ws = /^\s+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    const num = /^(\d+(\.\d*)?([eE][+-]?\d+)?|\.\d+)/.exec(rest);
    if (num) {
      tokens.push({ k: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    if (rest.startsWith('"')) {
      let j = 1;
      let text = '';
      for (;;) {
        if (j >= rest.length) throw new ParseError('unterminated string');
        if (rest[j] === '"') {
          if (rest[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += rest[j];
        j++;
      }
      tokens.push({ k: 'str', v: text });
      i += j + 1;
      continue;
    }
    const qualified = /^('(?:[^']|'')+'|[\p{L}\p{N}_.]+)!/u.exec(rest);
    if (qualified) {
      const after = rest.slice(qualified[0].length);
      const ref = REF.exec(after);
      if (!ref) throw new ParseError('bad reference');
      let sheet = qualified[1] as string;
      if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
      tokens.push({ k: 'ref', v: ref[0], sheet });
      i += qualified[0].length + ref[0].length;
      continue;
    }
    const ref = REF.exec(rest);
    if (ref) {
      tokens.push({ k: 'ref', v: ref[0] });
      i += ref[0].length;
      continue;
    }
    const name = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(rest);
    if (name) {
      tokens.push({ k: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&=<>(),%:])/.exec(rest);
    if (op) {
      tokens.push({ k: 'op', v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new ParseError(`unexpected ${rest[0]}`);
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.i < this.tokens.length) throw new ParseError('trailing input');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(...ops: string[]): string | null {
    const t = this.peek();
    return t && t.k === 'op' && ops.includes(t.v) ? t.v : null;
  }

  private binary(next: () => Node, ops: string[]): Node {
    let left = next();
    let op: string | null;
    while ((op = this.isOp(...ops))) {
      this.i++;
      left = { t: 'bin', op, left, right: next() };
    }
    return left;
  }

  private comparison = (): Node => this.binary(this.concat, ['=', '<>', '<', '>', '<=', '>=']);
  private concat = (): Node => this.binary(this.additive, ['&']);
  private additive = (): Node => this.binary(this.multiplicative, ['+', '-']);
  private multiplicative = (): Node => this.binary(this.power, ['*', '/']);
  private power = (): Node => this.binary(this.unary, ['^']);

  private unary = (): Node => {
    const op = this.isOp('+', '-');
    if (op) {
      this.i++;
      return { t: 'unary', op, arg: this.unary() };
    }
    let node = this.primary();
    while (this.isOp('%')) {
      this.i++;
      node = { t: 'percent', arg: node };
    }
    return node;
  };

  private primary(): Node {
    const t = this.peek();
    if (!t) throw new ParseError('unexpected end');
    this.i++;
    if (t.k === 'num') return { t: 'num', v: Number(t.v) };
    if (t.k === 'str') return { t: 'str', v: t.v };
    if (t.k === 'ref') {
      const m = REF.exec(t.v) as RegExpExecArray;
      const node: Node = {
        t: 'ref',
        sheet: t.sheet,
        row: Number(m[2]),
        column: lettersToColumn(m[1] as string),
      };
      if (this.isOp(':')) {
        this.i++;
        const end = this.peek();
        if (!end || end.k !== 'ref') throw new ParseError('bad range');
        this.i++;
        return { t: 'range' };
      }
      return node;
    }
    if (t.k === 'name') {
      if (this.isOp('(')) {
        this.i++;
        const args: Node[] = [];
        if (!this.isOp(')')) {
          for (;;) {
            args.push(this.comparison());
            if (this.isOp(',')) {
              this.i++;
              continue;
            }
            break;
          }
        }
        if (!this.isOp(')')) throw new ParseError('missing )');
        this.i++;
        return { t: 'call', name: t.v, args };
      }
      return { t: 'name', name: t.v };
    }
    if (t.v === '(') {
      const inner = this.comparison();
      if (!this.isOp(')')) throw new ParseError('missing )');
      this.i++;
      return inner;
    }
    throw new ParseError(`unexpected ${t.v}`);
  }
}

const NOT_EVALUATED = Symbol('not evaluated');

export function evaluateFormula(formula: string, ctx: FormulaContext): StoredValue | '' {
  let ast: Node;
  try {
    ast = new Parser(tokenize(formula.replace(/^=/, ''))).parse();
  } catch (e) {
    if (e instanceof ParseError) return '#ERROR!';
    throw e;
  }
  try {
    const v = evaluate(ast, ctx);
    if (v instanceof FormulaError) return v.code;
    return v;
  } catch (e) {
    if (e === NOT_EVALUATED) return '';
    throw e;
  }
}

function evaluate(node: Node, ctx: FormulaContext): FValue {
  switch (node.t) {
    case 'num':
      return node.v;
    case 'str':
      return node.v;
    case 'range':
      return new FormulaError('#VALUE!');
    case 'call':
      throw NOT_EVALUATED;
    case 'name': {
      const upper = node.name.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
      return new FormulaError('#NAME?');
    }
    case 'ref': {
      const sheet = node.sheet === undefined ? ctx.sheet : ctx.sheetByName(node.sheet);
      if (!sheet || node.row > sheet.maxRows || node.column > sheet.maxColumns)
        return new FormulaError('#REF!');
      const v = ctx.read(sheet, node.row, node.column);
      return v === '' ? 0 : v;
    }
    case 'unary': {
      const n = toNumber(evaluate(node.arg, ctx), ctx);
      return typeof n === 'number' && node.op === '-' ? -n : n;
    }
    case 'percent': {
      const n = toNumber(evaluate(node.arg, ctx), ctx);
      return typeof n === 'number' ? n / 100 : n;
    }
    case 'bin':
      return binary(node.op, evaluate(node.left, ctx), evaluate(node.right, ctx), ctx);
  }
}

function toNumber(v: FValue, ctx: FormulaContext): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isDate(v)) return dateToSerial(v, ctx.timeZone);
  const parsed = parseNumber(v);
  return parsed ? parsed.value : new FormulaError('#VALUE!');
}

function toText(v: StoredValue | '', ctx: FormulaContext): string {
  if (typeof v === 'number') return formatGeneralNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDate(v)) return formatGeneralNumber(dateToSerial(v, ctx.timeZone));
  return v;
}

function binary(op: string, a: FValue, b: FValue, ctx: FormulaContext): FValue {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  if (op === '&') return toText(a, ctx) + toText(b, ctx);
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
    const cmp = compare(a, b, ctx);
    switch (op) {
      case '=':
        return cmp === 0;
      case '<>':
        return cmp !== 0;
      case '<':
        return cmp < 0;
      case '>':
        return cmp > 0;
      case '<=':
        return cmp <= 0;
      default:
        return cmp >= 0;
    }
  }
  const x = toNumber(a, ctx);
  const y = toNumber(b, ctx);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? new FormulaError('#DIV/0!') : x / y;
    default: {
      const r = x ** y;
      return Number.isFinite(r) ? r : new FormulaError('#NUM!');
    }
  }
}

/** Sheets orders numbers < text < booleans; text compares case-insensitively. */
function compare(a: StoredValue | '', b: StoredValue | '', ctx: FormulaContext): number {
  const rank = (v: StoredValue | ''): number =>
    typeof v === 'boolean' ? 2 : typeof v === 'string' && v !== '' ? 1 : 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 1) return (a as string).toLowerCase().localeCompare((b as string).toLowerCase());
  const x = toNumber(a, ctx) as number;
  const y = toNumber(b, ctx) as number;
  return x === y ? 0 : x < y ? -1 : 1;
}
