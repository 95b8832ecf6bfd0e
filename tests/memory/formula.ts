// A small Google Sheets formula engine: tokenizer, parser, evaluator, and reference rewriting
// (for renamed tabs, inserted rows and copied formulas). Formulas are read in the workbook's locale
// syntax and stored in the English form (`,` between arguments, `.` decimals).

import {
  columnLetters,
  quoteSheetName,
  REFERENCE_RE,
  type Reference,
  type RefPart,
  referenceFromMatch,
} from "./a1";
import {
  dateToSerial,
  type FormatContext,
  formatGeneral,
  formatValue,
  fromWallTime,
  isDate,
  numberFromLocaleText,
  roundHalfAway,
  shiftDecimal,
  wallTime,
} from "./values";

export type ErrorCode =
  | "#NULL!"
  | "#DIV/0!"
  | "#VALUE!"
  | "#REF!"
  | "#NAME?"
  | "#NUM!"
  | "#N/A"
  | "#ERROR!";
const ERROR_CODES: readonly ErrorCode[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#ERROR!",
];

/** A formula error: the code is what getValues() returns, the message what Sheets shows on hover. */
export class CellError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
  toString(): string {
    return this.code;
  }
}

/** A truly empty cell (not a formula returning ""): ISBLANK is TRUE, arithmetic reads 0. */
export const EMPTY: unique symbol = Symbol("empty");
export type Scalar = number | string | boolean | Date | CellError | typeof EMPTY;

/** A block of values: a multi-cell range, or an array result that spills. */
export class Grid {
  constructor(readonly rows: Scalar[][]) {}
  get height(): number {
    return this.rows.length;
  }
  get width(): number {
    return this.rows[0]?.length ?? 0;
  }
}
export type Val = Scalar | Grid;

// ---------------------------------------------------------------------------------------------
// Tokens and syntax tree

type Token = { start: number; end: number } & (
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "err"; code: ErrorCode }
  | { t: "ref"; ref: Reference }
  | { t: "fn"; name: string }
  | { t: "name"; name: string }
  | { t: "op"; v: string }
  | { t: "(" | ")" | "," | "{" | "}" | ";" | "\\" }
);

/**
 * How formulas are typed in a locale. Decimal-point locales (en_US) separate arguments with `,`
 * or `;` and array columns with `,`; decimal-comma locales (vi_VN, de_DE) write `1,5`, separate
 * arguments only with `;` and array columns with `\`. Array rows are `;` everywhere.
 */
export interface Syntax {
  readonly decimalComma: boolean;
}
export const ENGLISH: Syntax = { decimalComma: false };

export type Node =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "err"; code: ErrorCode }
  | { k: "ref"; ref: Reference }
  | { k: "name"; name: string }
  | { k: "missing" }
  | { k: "un"; op: string; x: Node }
  | { k: "pct"; x: Node }
  | { k: "bin"; op: string; l: Node; r: Node }
  | { k: "call"; name: string; args: Node[] }
  | { k: "array"; rows: Node[][] }
  | { k: "lit"; v: Scalar };

export class FormulaParseError extends Error {}

const IDENT = /[\p{L}_][\p{L}\p{N}_.]*/uy;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const NUMBER_COMMA = /\d+(?:,\d+)?(?:[eE][+-]?\d+)?/y;
const OPERATORS = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%"];

function tryReference(text: string, at: number): Token | null {
  REFERENCE_RE.lastIndex = at;
  const m = REFERENCE_RE.exec(text);
  if (!m) return null;
  const end = at + m[0].length;
  // "LOG10(" or "A1B" are not references.
  if (/^[\p{L}\p{N}_.(!$]/u.test(text.slice(end, end + 1))) return null;
  const ref = referenceFromMatch(m);
  return ref ? { t: "ref", ref, start: at, end } : null;
}

function tokenize(text: string, syntax: Syntax = ENGLISH): Token[] {
  const out: Token[] = [];
  const number = syntax.decimalComma ? NUMBER_COMMA : NUMBER;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '"') {
      let v = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new FormulaParseError("Unterminated string");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += text[i];
        i++;
      }
      out.push({ t: "str", v, start, end: i });
      continue;
    }
    if (ch === "#") {
      const code = ERROR_CODES.find((c) => text.slice(i, i + c.length).toUpperCase() === c);
      if (!code) throw new FormulaParseError(`Unknown error literal at ${i}`);
      i += code.length;
      out.push({ t: "err", code, start, end: i });
      continue;
    }
    const ref = /[\p{L}_$'\d]/u.test(ch) ? tryReference(text, i) : null;
    if (ref) {
      out.push(ref);
      i = ref.end;
      continue;
    }
    number.lastIndex = i;
    const num = /[\d.]/u.test(ch) ? number.exec(text) : null;
    if (num) {
      i += num[0].length;
      out.push({ t: "num", v: Number(num[0].replace(",", ".")), start, end: i });
      continue;
    }
    IDENT.lastIndex = i;
    const id = IDENT.exec(text);
    if (id) {
      i += id[0].length;
      const isCall = /^\s*\(/u.test(text.slice(i));
      out.push(
        isCall
          ? { t: "fn", name: id[0], start, end: i }
          : { t: "name", name: id[0], start, end: i },
      );
      continue;
    }
    // "," is the decimal mark in decimal-comma locales, "\" an array column only there.
    const sep = syntax.decimalComma ? "\\" : ",";
    if (ch === "(" || ch === ")" || ch === sep || ch === "{" || ch === "}" || ch === ";") {
      out.push({ t: ch, start, end: i + 1 } as Token);
      i++;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (!op) throw new FormulaParseError(`Unexpected character "${ch}" at ${i}`);
    i += op.length;
    out.push({ t: "op", v: op, start, end: i });
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): Node {
    const node = this.expr();
    if (this.i < this.tokens.length) throw new FormulaParseError("Unexpected token");
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(...ops: string[]): string | null {
    const t = this.peek();
    return t?.t === "op" && ops.includes(t.v) ? t.v : null;
  }

  private binary(next: () => Node, ops: string[]): Node {
    let l = next();
    for (let op = this.isOp(...ops); op; op = this.isOp(...ops)) {
      this.i++;
      l = { k: "bin", op, l, r: next() };
    }
    return l;
  }

  private expr = (): Node => this.binary(this.concat, ["=", "<>", "<", ">", "<=", ">="]);
  private concat = (): Node => this.binary(this.additive, ["&"]);
  private additive = (): Node => this.binary(this.multiplicative, ["+", "-"]);
  private multiplicative = (): Node => this.binary(this.power, ["*", "/"]);
  // Unary minus binds tighter than ^ in Sheets: -2^2 is 4.
  private power = (): Node => this.binary(this.unary, ["^"]);

  private unary = (): Node => {
    const op = this.isOp("-", "+");
    if (op) {
      this.i++;
      return { k: "un", op, x: this.unary() };
    }
    let x = this.primary();
    while (this.isOp("%")) {
      this.i++;
      x = { k: "pct", x };
    }
    return x;
  };

  private primary(): Node {
    const t = this.peek();
    if (!t) throw new FormulaParseError("Unexpected end of formula");
    this.i++;
    switch (t.t) {
      case "num":
        return { k: "num", v: t.v };
      case "str":
        return { k: "str", v: t.v };
      case "err":
        return { k: "err", code: t.code };
      case "ref":
        return { k: "ref", ref: t.ref };
      case "name": {
        const upper = t.name.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") return { k: "bool", v: upper === "TRUE" };
        return { k: "name", name: t.name };
      }
      case "fn":
        return this.call(t.name.toUpperCase());
      case "{":
        return this.arrayLiteral();
      case "(": {
        const inner = this.expr();
        if (this.peek()?.t !== ")") throw new FormulaParseError("Missing )");
        this.i++;
        return inner;
      }
      default:
        throw new FormulaParseError("Unexpected token");
    }
  }

  /** {a, b; c, d} (English) or {a \ b; c \ d} (decimal comma): columns, then rows. */
  private arrayLiteral(): Node {
    const rows: Node[][] = [[]];
    for (;;) {
      (rows[rows.length - 1] as Node[]).push(this.expr());
      const sep = this.peek();
      this.i++;
      if (sep?.t === "}") return { k: "array", rows };
      if (sep?.t === ";") rows.push([]);
      else if (sep?.t !== "," && sep?.t !== "\\") throw new FormulaParseError("Expected , ; or }");
    }
  }

  private call(name: string): Node {
    this.i++; // "("
    const args: Node[] = [];
    if (this.peek()?.t === ")") {
      this.i++;
      return { k: "call", name, args };
    }
    // The tokenizer already refused "," where the locale does not separate arguments with it.
    const isSep = (t?: Token) => t?.t === "," || t?.t === ";";
    for (;;) {
      const t = this.peek();
      args.push(isSep(t) || t?.t === ")" ? { k: "missing" } : this.expr());
      const sep = this.peek();
      this.i++;
      if (sep?.t === ")") return { k: "call", name, args };
      if (!isSep(sep)) throw new FormulaParseError("Expected ; or )");
    }
  }
}

/** Parses a formula ("=..." or the text after "=") typed in `syntax`. Throws FormulaParseError. */
export function parseFormula(formula: string, syntax: Syntax = ENGLISH): Node {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return new Parser(tokenize(body, syntax)).parseAll();
}

// ---------------------------------------------------------------------------------------------
// Rewriting references in formula text

function formatPart(p: RefPart): string {
  const col = p.col === null ? "" : `${p.colAbs ? "$" : ""}${columnLetters(p.col)}`;
  const row = p.row === null ? "" : `${p.rowAbs ? "$" : ""}${p.row}`;
  return col + row;
}

export function formatReference(ref: Reference): string {
  const prefix = ref.sheet === null ? "" : `${quoteSheetName(ref.sheet)}!`;
  return prefix + formatPart(ref.a) + (ref.b ? `:${formatPart(ref.b)}` : "");
}

/**
 * Rewrites each reference in a formula: `fn` returns a new reference, "#REF!" for a deleted
 * one, or null to keep it. Text that does not tokenize is returned unchanged.
 */
export function rewriteReferences(
  formula: string,
  fn: (ref: Reference) => Reference | "#REF!" | null,
  syntax: Syntax = ENGLISH,
): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  let tokens: Token[];
  try {
    tokens = tokenize(body, syntax);
  } catch {
    return formula;
  }
  let out = "";
  let at = 0;
  for (const t of tokens) {
    if (t.t !== "ref") continue;
    const next = fn(t.ref);
    if (next === null) continue;
    out += body.slice(at, t.start) + (next === "#REF!" ? "#REF!" : formatReference(next));
    at = t.end;
  }
  return `=${out}${body.slice(at)}`;
}

/**
 * A formula re-written from one syntax to another: upper-case function names and references (as
 * Sheets stores them), the target's argument and array separators and decimal mark. Text that does
 * not tokenize in `from` is returned unchanged.
 */
export function translateFormula(formula: string, from: Syntax, to: Syntax): string {
  const body = formula.slice(1);
  let tokens: Token[];
  try {
    tokens = tokenize(body, from);
  } catch {
    return formula;
  }
  // "," and "\" inside {} separate columns; "," and ";" inside a call separate arguments.
  const open: string[] = [];
  let out = "";
  let at = 0;
  tokens.forEach((t, i) => {
    let text: string | null = null;
    if (t.t === "fn") text = t.name.toUpperCase();
    else if (t.t === "ref") text = formatReference(t.ref);
    else if (t.t === "name" && /^(true|false)$/iu.test(t.name)) text = t.name.toUpperCase();
    else if (t.t === "num") text = to.decimalComma ? String(t.v).replace(".", ",") : String(t.v);
    else if (t.t === "(") open.push(tokens[i - 1]?.t === "fn" ? "call" : "(");
    else if (t.t === "{") open.push("{");
    else if (t.t === ")" || t.t === "}") open.pop();
    else if (t.t === "," || t.t === ";" || t.t === "\\") {
      const inArray = open[open.length - 1] === "{";
      if (inArray && t.t !== ";") text = to.decimalComma ? "\\" : ",";
      else if (!inArray) text = to.decimalComma ? ";" : ",";
    }
    if (text === null) return;
    out += body.slice(at, t.start) + text;
    at = t.end;
  });
  return `=${out}${body.slice(at)}`;
}

const COMMA: Syntax = { decimalComma: true };

/**
 * Whether a formula parses, with the same meaning, in decimal-point and decimal-comma locales: the
 * test of a formula the add-on writes (`;` between arguments, no decimals, no horizontal arrays).
 */
export function readsAlikeEverywhere(formula: string): boolean {
  try {
    parseFormula(formula, ENGLISH);
    parseFormula(formula, COMMA);
  } catch {
    return false;
  }
  return translateFormula(formula, ENGLISH, ENGLISH) === translateFormula(formula, COMMA, ENGLISH);
}

/** Moves the relative parts of a reference, as copying a formula or a rule to another cell does. */
export function shiftReference(ref: Reference, dr: number, dc: number): Reference | null {
  const move = (p: RefPart): RefPart | null => {
    const row = p.row === null || p.rowAbs ? p.row : p.row + dr;
    const col = p.col === null || p.colAbs ? p.col : p.col + dc;
    if ((row !== null && row < 1) || (col !== null && col < 1)) return null;
    return { ...p, row, col };
  };
  const a = move(ref.a);
  const b = ref.b ? move(ref.b) : null;
  if (!a || (ref.b && !b)) return null;
  return { sheet: ref.sheet, a, b };
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/** What a formula needs from its spreadsheet. */
export interface EvalHost extends FormatContext {
  /** Values of a reference (sheet null = the formula's own sheet), or #REF!. */
  read(ref: Reference): Scalar[][] | CellError;
  /** First and last row a reference covers, or #REF!. */
  rows(ref: Reference): [number, number] | CellError;
  now(): Date;
  /** Creates a Date of the script's realm (for values handed to custom functions). */
  makeDate(ms: number): Date;
  /** Calls a custom function; undefined when no function of that name exists. */
  callCustom(name: string, args: unknown[]): Val | undefined;
}

const err = (code: ErrorCode, message: string) => new CellError(code, message);

function scalarOf(v: Val): Scalar {
  if (!(v instanceof Grid)) return v;
  if (v.height === 1 && v.width === 1) return v.rows[0]?.[0] ?? EMPTY;
  return err("#VALUE!", "An array value could not be found.");
}

type Fn = (args: Node[], ev: Evaluator) => Val;

export class Evaluator {
  constructor(
    private readonly host: EvalHost,
    private readonly shift: { dr: number; dc: number } = { dr: 0, dc: 0 },
  ) {}

  evaluate(node: Node): Val {
    switch (node.k) {
      case "num":
        return node.v;
      case "str":
        return node.v;
      case "bool":
        return node.v;
      case "err":
        return err(node.code, "");
      case "missing":
        return EMPTY;
      case "name":
        return err("#NAME?", `Unknown range name: '${node.name}'.`);
      case "ref":
        return this.reference(node.ref);
      case "lit":
        return node.v;
      case "un":
        // Unary plus is a no-op in Sheets: +"abc" stays "abc".
        return this.lift([node.x], ([v]) => {
          if (node.op === "+") return v as Scalar;
          const n = this.num(v as Scalar);
          return n instanceof CellError ? n : -n;
        });
      case "pct":
        return this.lift([node.x], ([v]) => {
          const n = this.num(v as Scalar);
          return n instanceof CellError ? n : n / 100;
        });
      case "bin":
        return this.lift([node.l, node.r], ([l, r]) =>
          this.binary(node.op, l as Scalar, r as Scalar),
        );
      case "call":
        return this.call(node.name, node.args);
      case "array":
        return this.arrayLiteral(node.rows);
    }
  }

  /** > 0 inside ARRAYFORMULA: operators and simple functions then work cell by cell. */
  private arrayDepth = 0;
  get inArray(): boolean {
    return this.arrayDepth > 0;
  }

  /** Rows of a reference argument, moved like the formula (for ROW). */
  rowsOf(node: Node): [number, number] | CellError {
    if (node.k !== "ref") return err("#VALUE!", "Function ROW parameter 1 expects a reference.");
    const moved = shiftReference(node.ref, this.shift.dr, this.shift.dc);
    return moved ? this.host.rows(moved) : err("#REF!", "Reference does not exist.");
  }

  /** Applies `f` to scalars, or cell by cell over ranges inside ARRAYFORMULA. */
  private lift(nodes: Node[], f: (xs: Scalar[]) => Scalar): Val {
    if (this.arrayDepth === 0) return f(nodes.map((n) => this.scalar(n)));
    return broadcast(
      nodes.map((n) => this.evaluate(n)),
      f,
    );
  }

  private arrayLiteral(rows: Node[][]): Val {
    const out: Scalar[][] = [];
    let width = -1;
    for (const row of rows) {
      let strip: Scalar[][] | null = null;
      for (const node of row) {
        const v = this.evaluate(node);
        const block: Scalar[][] = v instanceof Grid ? v.rows : [[v]];
        if (!strip) strip = block.map((r) => [...r]);
        else if (block.length !== strip.length)
          return err(
            "#VALUE!",
            `Function ARRAY_ROW parameter 2 has mismatched row size. Expected: ${strip.length}. Actual: ${block.length}.`,
          );
        else
          strip.forEach((r, i) => {
            r.push(...(block[i] ?? []));
          });
      }
      const w = strip?.[0]?.length ?? 0;
      if (width >= 0 && w !== width)
        return err(
          "#VALUE!",
          "In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.",
        );
      width = w;
      out.push(...(strip ?? []));
    }
    return new Grid(out);
  }

  scalar(node: Node): Scalar {
    return scalarOf(this.evaluate(node));
  }

  /** Blocks already read by this evaluation: a formula often names one range several times. */
  private readonly blocks = new Map<string, Scalar[][] | CellError>();

  private reference(ref: Reference): Val {
    const moved = shiftReference(ref, this.shift.dr, this.shift.dc);
    if (!moved) return err("#REF!", "Reference does not exist.");
    const key = formatReference(moved);
    let rows = this.blocks.get(key);
    if (!rows) {
      rows = this.host.read(moved);
      this.blocks.set(key, rows);
    }
    if (rows instanceof CellError) return rows;
    return ref.b === null ? (rows[0]?.[0] ?? EMPTY) : new Grid(rows);
  }

  num(v: Scalar, fn = "ADD", position = 1): number | CellError {
    if (typeof v === "number") return v;
    if (v instanceof CellError) return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (v === EMPTY || v === "") return 0;
    if (v instanceof Date) return dateToSerial(v, this.host.timeZone);
    const n = numberFromLocaleText(v, this.host.li);
    if (n !== null) return n;
    return err(
      "#VALUE!",
      `Function ${fn} parameter ${position} expects number values. But '${v}' is a text and cannot be coerced to a number.`,
    );
  }

  text(v: Scalar): string | CellError {
    if (v instanceof CellError) return v;
    if (v === EMPTY) return "";
    if (typeof v === "string") return v;
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (v instanceof Date) return formatGeneral(dateToSerial(v, this.host.timeZone), this.host.li);
    return formatGeneral(v, this.host.li);
  }

  bool(v: Scalar): boolean | CellError {
    if (v instanceof CellError) return v;
    if (typeof v === "boolean") return v;
    if (typeof v === "number") return v !== 0;
    if (v === EMPTY || v === "") return false;
    if (v instanceof Date) return true;
    const upper = v.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
    return err("#VALUE!", `'${v}' cannot be read as TRUE or FALSE.`);
  }

  /** Sheets ordering: numbers < text < booleans; text compares case-insensitively. */
  compare(a: Scalar, b: Scalar): number {
    const blankLike = (other: Scalar): Scalar =>
      typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
    const x = a === EMPTY ? blankLike(b) : a;
    const y = b === EMPTY ? blankLike(a) : b;
    const norm = (v: Scalar) =>
      v instanceof Date ? dateToSerial(v, this.host.timeZone) : v === EMPTY ? 0 : v;
    const p = norm(x);
    const q = norm(y);
    const rank = (v: unknown) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
    if (rank(p) !== rank(q)) return rank(p) - rank(q);
    if (typeof p === "string" && typeof q === "string") {
      const [l, r] = [p.toLowerCase(), q.toLowerCase()];
      return l < r ? -1 : l > r ? 1 : 0;
    }
    return Math.sign(Number(p) - Number(q));
  }

  private binary(op: string, l: Scalar, r: Scalar): Scalar {
    if (l instanceof CellError) return l;
    if (r instanceof CellError) return r;
    if (op === "&") {
      const a = this.text(l);
      const b = this.text(r);
      return a instanceof CellError ? a : b instanceof CellError ? b : a + b;
    }
    const test = COMPARISONS[op];
    if (test) return test(this.compare(l, r));
    const names = OPERATOR_NAMES;
    const a = this.num(l, names[op], 1);
    if (a instanceof CellError) return a;
    const b = this.num(r, names[op], 2);
    if (b instanceof CellError) return b;
    let out: number;
    if (op === "+") out = a + b;
    else if (op === "-") out = a - b;
    else if (op === "*") out = a * b;
    else if (op === "/") {
      if (b === 0) return err("#DIV/0!", "Function DIVIDE parameter 2 cannot be zero.");
      out = a / b;
    } else out = a ** b;
    return Number.isFinite(out) ? out : err("#NUM!", "The result is not a real number.");
  }

  private call(name: string, args: Node[]): Val {
    if (name === "ARRAYFORMULA") {
      const [x] = args;
      if (!x || args.length !== 1) return wrongArgs("ARRAYFORMULA", args.length);
      this.arrayDepth++;
      try {
        return this.evaluate(x);
      } finally {
        this.arrayDepth--;
      }
    }
    const builtin = FUNCTIONS[name];
    if (name === "IF" && this.arrayDepth > 0 && args.length >= 2 && args.length <= 3) {
      // Cell by cell: each cell takes its branch's value (the branches are whole blocks here).
      const vals = args.map((a) => this.evaluate(a));
      if (vals.some((v) => v instanceof Grid))
        return broadcast(vals, ([c, yes, no]) => {
          const b = this.bool(c as Scalar);
          if (b instanceof CellError) return b;
          return b ? (yes as Scalar) : args.length === 3 ? (no as Scalar) : false;
        });
    }
    if (builtin && this.arrayDepth > 0 && CELLWISE.has(name)) {
      const vals = args.map((a) => this.evaluate(a));
      // One literal node per argument, refilled for each cell.
      const cells = vals.map((): { k: "lit"; v: Scalar } => ({ k: "lit", v: EMPTY }));
      if (vals.some((v) => v instanceof Grid))
        return broadcast(vals, (xs) => {
          xs.forEach((v, i) => {
            (cells[i] as { v: Scalar }).v = v;
          });
          return scalarOf(builtin(cells, this));
        });
    }
    if (builtin) return builtin(args, this);
    const jsArgs: unknown[] = [];
    for (const node of args) {
      const v = this.evaluate(node);
      const js = (x: Scalar) => toJsCell(x, this.host);
      if (v instanceof Grid) jsArgs.push(v.rows.map((row) => row.map(js)));
      else if (v instanceof CellError) return v;
      else jsArgs.push(js(v));
    }
    const out = this.host.callCustom(name, jsArgs);
    return out === undefined ? err("#NAME?", `Unknown function: '${name}'.`) : out;
  }

  /** Each value of the arguments; `inRange` is true for values read from cells. */
  *values(args: Node[]): Generator<{ v: Scalar; inRange: boolean }> {
    for (const node of args) {
      const v = this.evaluate(node);
      if (v instanceof Grid) {
        for (const row of v.rows) for (const cell of row) yield { v: cell, inRange: true };
      } else yield { v, inRange: node.k === "ref" };
    }
  }

  /** The numbers an aggregate sees: cells give numbers and dates only, literals are coerced. */
  numbers(args: Node[], fn: string): number[] | CellError {
    const out: number[] = [];
    let position = 0;
    for (const { v, inRange } of this.values(args)) {
      position++;
      if (v instanceof CellError) return v;
      if (inRange) {
        if (typeof v === "number") out.push(v);
        else if (v instanceof Date) out.push(dateToSerial(v, this.host.timeZone));
        continue;
      }
      const n = this.num(v, fn, position);
      if (n instanceof CellError) return n;
      out.push(n);
    }
    return out;
  }

  get format(): FormatContext {
    return this.host;
  }

  now(): Date {
    return this.host.now();
  }
}

const COMPARISONS: Record<string, (c: number) => boolean> = {
  "=": (c) => c === 0,
  "<>": (c) => c !== 0,
  "<": (c) => c < 0,
  ">": (c) => c > 0,
  "<=": (c) => c <= 0,
  ">=": (c) => c >= 0,
};
const OPERATOR_NAMES: Record<string, string> = {
  "+": "ADD",
  "-": "MINUS",
  "*": "MULTIPLY",
  "/": "DIVIDE",
  "^": "POW",
};

/** Cell-by-cell application over equally sized blocks; a single row or column is repeated. */
function broadcast(vals: Val[], f: (xs: Scalar[]) => Scalar): Val {
  if (!vals.some((v) => v instanceof Grid)) return f(vals as Scalar[]);
  const grids = vals.filter((v): v is Grid => v instanceof Grid);
  const first = grids[0] as Grid;
  if (
    grids.length === vals.length &&
    grids.every((g) => g.height === first.height && g.width === first.width)
  ) {
    // Equal blocks (the common case): no repetition to work out.
    const rows: Scalar[][] = [];
    const xs: Scalar[] = new Array(vals.length);
    for (let i = 0; i < first.height; i++) {
      const row: Scalar[] = new Array(first.width);
      for (let j = 0; j < first.width; j++) {
        for (let k = 0; k < grids.length; k++) xs[k] = (grids[k] as Grid).rows[i]?.[j] ?? EMPTY;
        row[j] = f(xs);
      }
      rows.push(row);
    }
    return new Grid(rows);
  }
  const height = Math.max(...vals.map((v) => (v instanceof Grid ? v.height : 1)));
  const width = Math.max(...vals.map((v) => (v instanceof Grid ? v.width : 1)));
  const at = (v: Val, i: number, j: number): Scalar => {
    if (!(v instanceof Grid)) return v;
    const cell = v.rows[v.height === 1 ? 0 : i]?.[v.width === 1 ? 0 : j];
    return cell ?? err("#N/A", "Array arguments are of different size.");
  };
  const rows: Scalar[][] = [];
  for (let i = 0; i < height; i++) {
    const row: Scalar[] = [];
    for (let j = 0; j < width; j++) row.push(f(vals.map((v) => at(v, i, j))));
    rows.push(row);
  }
  return new Grid(rows);
}

function toJsCell(v: Scalar, host: EvalHost): unknown {
  if (v === EMPTY) return "";
  if (v instanceof CellError) return v.code;
  if (v instanceof Date) return host.makeDate(v.getTime());
  return v;
}

/** Converts what a custom function returned into cell values (1-D arrays fill a column). */
export function fromJs(x: unknown): Val {
  const cell = (v: unknown): Scalar => {
    if (v === null || v === undefined) return EMPTY;
    if (typeof v === "number") return Number.isFinite(v) ? v : err("#NUM!", "Not a finite number.");
    if (typeof v === "string" || typeof v === "boolean") return v;
    if (isDate(v))
      return Number.isNaN(v.getTime()) ? err("#NUM!", "Invalid date.") : new Date(v.getTime());
    return err("#VALUE!", "Unsupported value returned by the custom function.");
  };
  if (!Array.isArray(x)) return cell(x);
  if (x.length === 0) return err("#N/A", "Result was empty.");
  const rows: unknown[][] = x.every(Array.isArray) ? (x as unknown[][]) : x.map((v) => [v]);
  const width = Math.max(1, ...rows.map((r) => r.length));
  return new Grid(rows.map((r) => Array.from({ length: width }, (_, i) => cell(r[i]))));
}

// ---------------------------------------------------------------------------------------------
// Built-in functions

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function aggregate(fn: string, reduce: (xs: number[]) => number): Fn {
  return (args, ev) => {
    const xs = ev.numbers(args, fn);
    return xs instanceof CellError ? xs : reduce(xs);
  };
}

function unaryNumber(fn: string, op: (n: number) => number): Fn {
  return (args, ev) => {
    const [x] = args;
    if (!x || args.length !== 1) return wrongArgs(fn, args.length);
    const n = ev.num(ev.scalar(x), fn);
    return n instanceof CellError ? n : op(n);
  };
}

function wrongArgs(fn: string, got: number): CellError {
  return err("#N/A", `Wrong number of arguments to ${fn}. Found ${got} arguments.`);
}

/** ROUND, ROUNDUP, ROUNDDOWN through the decimal representation, so 0.29 × 100 stays 29. */
function rounding(fn: string, mode: (x: number) => number): Fn {
  return (args, ev) => {
    const [x, places] = args;
    if (!x || args.length > 2) return wrongArgs(fn, args.length);
    const n = ev.num(ev.scalar(x), fn, 1);
    if (n instanceof CellError) return n;
    const p = places ? ev.num(ev.scalar(places), fn, 2) : 0;
    if (p instanceof CellError) return p;
    const d = Math.trunc(p);
    if (fn === "ROUND") return roundHalfAway(n, d);
    return Math.sign(n) * shiftDecimal(mode(shiftDecimal(Math.abs(n), d)), -d);
  };
}

function multiple(fn: string, mode: (x: number) => number): Fn {
  return (args, ev) => {
    const [x, f] = args;
    if (!x || args.length > 2) return wrongArgs(fn, args.length);
    const n = ev.num(ev.scalar(x), fn, 1);
    if (n instanceof CellError) return n;
    const factor = f ? ev.num(ev.scalar(f), fn, 2) : 1;
    if (factor instanceof CellError) return factor;
    if (factor === 0) return 0;
    if (n > 0 && factor < 0) return err("#NUM!", `${fn} parameters must have the same sign.`);
    const q = Number((n / factor).toPrecision(12));
    return Number((mode(q) * factor).toPrecision(15));
  };
}

function logical(fn: string, combine: (xs: boolean[]) => boolean): Fn {
  return (args, ev) => {
    const xs: boolean[] = [];
    for (const { v, inRange } of ev.values(args)) {
      if (v instanceof CellError) return v;
      if (inRange && (v === EMPTY || typeof v === "string")) continue;
      const b = ev.bool(v);
      if (b instanceof CellError) return b;
      xs.push(b);
    }
    if (xs.length === 0) return err("#VALUE!", `${fn} has no valid input data.`);
    return combine(xs);
  };
}

function isType(test: (v: Scalar) => boolean): Fn {
  return (args, ev) => {
    const [x] = args;
    if (!x || args.length !== 1) return wrongArgs("IS", args.length);
    return test(ev.scalar(x));
  };
}

function textFn(fn: string, op: (s: string) => Scalar): Fn {
  return (args, ev) => {
    const [x] = args;
    if (!x || args.length !== 1) return wrongArgs(fn, args.length);
    const s = ev.text(ev.scalar(x));
    return s instanceof CellError ? s : op(s);
  };
}

/** COUNTIF criteria: a value (equality, case-insensitive for text) or "<op>value". */
function criterion(ev: Evaluator, c: Scalar): (v: Scalar) => boolean {
  let op = "=";
  let target: Scalar = c;
  if (typeof c === "string") {
    const m = /^(<>|<=|>=|<|>|=)?(.*)$/su.exec(c);
    op = m?.[1] ?? "=";
    const rest = m?.[2] ?? "";
    const asNumber = numberFromLocaleText(rest, ev.format.li);
    target = asNumber ?? rest;
  }
  const sameKind = (v: Scalar) =>
    typeof target === "number"
      ? typeof v === "number" || v instanceof Date
      : typeof v === typeof target;
  return (v) => {
    if (v instanceof CellError) return false;
    if (target === "" && op === "=") return v === EMPTY || v === "";
    if (target === "" && op === "<>") return !(v === EMPTY || v === "");
    if (v === EMPTY) return op === "<>";
    if (!sameKind(v)) return op === "<>";
    const cmp = ev.compare(v, target);
    return {
      "=": cmp === 0,
      "<>": cmp !== 0,
      "<": cmp < 0,
      ">": cmp > 0,
      "<=": cmp <= 0,
      ">=": cmp >= 0,
    }[op] as boolean;
  };
}

const FUNCTIONS: Record<string, Fn> = {
  N: (args, ev) => {
    const [x] = args;
    if (!x || args.length !== 1) return wrongArgs("N", args.length);
    const whole = ev.evaluate(x);
    // Whether Sheets applies N() cell by cell inside ARRAYFORMULA is unverified: not modelled.
    if (ev.inArray && whole instanceof Grid && whole.height * whole.width > 1)
      return err("#VALUE!", "N() over a range inside ARRAYFORMULA is not modelled (unverified).");
    const v = scalarOf(whole);
    if (v instanceof CellError || typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    return v instanceof Date ? dateToSerial(v, ev.format.timeZone) : 0;
  },
  SUM: aggregate("SUM", sum),
  MIN: aggregate("MIN", (xs) => (xs.length ? Math.min(...xs) : 0)),
  MAX: aggregate("MAX", (xs) => (xs.length ? Math.max(...xs) : 0)),
  AVERAGE: (args, ev) => {
    const xs = ev.numbers(args, "AVERAGE");
    if (xs instanceof CellError) return xs;
    return xs.length
      ? sum(xs) / xs.length
      : err("#DIV/0!", "Evaluation of function AVERAGE caused a divide by zero error.");
  },
  COUNT: (args, ev) => {
    let n = 0;
    for (const { v, inRange } of ev.values(args)) {
      if (typeof v === "number" || v instanceof Date) n++;
      else if (!inRange && typeof v === "string" && numberFromLocaleText(v, ev.format.li) !== null)
        n++;
    }
    return n;
  },
  COUNTA: (args, ev) => {
    let n = 0;
    for (const { v } of ev.values(args)) if (v !== EMPTY) n++;
    return n;
  },
  COUNTIF: (args, ev) => {
    const [range, crit] = args;
    if (!range || !crit || args.length !== 2) return wrongArgs("COUNTIF", args.length);
    const c = ev.scalar(crit);
    if (c instanceof CellError) return c;
    const matches = criterion(ev, c);
    let n = 0;
    for (const { v } of ev.values([range])) if (matches(v)) n++;
    return n;
  },
  IF: (args, ev) => {
    const [cond, yes, no] = args;
    if (!cond || args.length > 3) return wrongArgs("IF", args.length);
    const b = ev.bool(ev.scalar(cond));
    if (b instanceof CellError) return b;
    if (b) return yes ? ev.evaluate(yes) : true;
    return no ? ev.evaluate(no) : false;
  },
  IFERROR: (args, ev) => {
    const [value, fallback] = args;
    if (!value || args.length > 2) return wrongArgs("IFERROR", args.length);
    const v = ev.evaluate(value);
    if (v instanceof CellError) return fallback ? ev.evaluate(fallback) : EMPTY;
    return v;
  },
  AND: logical("AND", (xs) => xs.every(Boolean)),
  OR: logical("OR", (xs) => xs.some(Boolean)),
  NOT: (args, ev) => {
    const [x] = args;
    if (!x || args.length !== 1) return wrongArgs("NOT", args.length);
    const b = ev.bool(ev.scalar(x));
    return b instanceof CellError ? b : !b;
  },
  ROW: (args, ev) => {
    const [x] = args;
    if (!x || args.length !== 1) return wrongArgs("ROW", args.length);
    const rows = ev.rowsOf(x);
    if (rows instanceof CellError) return rows;
    // Documented: a multi-row range gives every row number only in an array formula.
    if (!ev.inArray || rows[0] === rows[1]) return rows[0];
    return new Grid(Array.from({ length: rows[1] - rows[0] + 1 }, (_, i) => [rows[0] + i]));
  },
  ISNUMBER: isType((v) => typeof v === "number" || v instanceof Date),
  ISTEXT: isType((v) => typeof v === "string"),
  ISBLANK: isType((v) => v === EMPTY),
  ISERROR: isType((v) => v instanceof CellError),
  INT: unaryNumber("INT", Math.floor),
  ABS: unaryNumber("ABS", Math.abs),
  ROUND: rounding("ROUND", Math.round),
  ROUNDUP: rounding("ROUNDUP", Math.ceil),
  ROUNDDOWN: rounding("ROUNDDOWN", Math.floor),
  CEILING: multiple("CEILING", Math.ceil),
  FLOOR: multiple("FLOOR", Math.floor),
  TEXT: (args, ev) => {
    const [x, f] = args;
    if (!x || !f || args.length !== 2) return wrongArgs("TEXT", args.length);
    const v = ev.scalar(x);
    const pattern = ev.text(ev.scalar(f));
    if (v instanceof CellError) return v;
    if (pattern instanceof CellError) return pattern;
    if (v === EMPTY) return formatValue(0, pattern, ev.format);
    if (typeof v === "string") {
      const n = numberFromLocaleText(v, ev.format.li);
      return n === null ? v : formatValue(n, pattern, ev.format);
    }
    return formatValue(v, pattern, ev.format);
  },
  CONCATENATE: (args, ev) => {
    let out = "";
    for (const { v } of ev.values(args)) {
      const s = ev.text(v);
      if (s instanceof CellError) return s;
      out += s;
    }
    return out;
  },
  LEN: textFn("LEN", (s) => s.length),
  UPPER: textFn("UPPER", (s) => s.toUpperCase()),
  LOWER: textFn("LOWER", (s) => s.toLowerCase()),
  TRIM: textFn("TRIM", (s) => s.trim().replace(/ {2,}/gu, " ")),
  NOW: (args, ev) => (args.length ? wrongArgs("NOW", args.length) : ev.now()),
  TODAY: (args, ev) => {
    if (args.length) return wrongArgs("TODAY", args.length);
    const w = wallTime(ev.now(), ev.format.timeZone);
    return fromWallTime({ year: w.year, month: w.month, day: w.day }, ev.format.timeZone);
  },
};

/** Functions that ARRAYFORMULA applies cell by cell (the others aggregate their arguments). */
const CELLWISE = new Set([
  "IF",
  "IFERROR",
  "NOT",
  "ISNUMBER",
  "ISTEXT",
  "ISBLANK",
  "ISERROR",
  "INT",
  "ABS",
  "ROUND",
  "ROUNDUP",
  "ROUNDDOWN",
  "CEILING",
  "FLOOR",
  "TEXT",
  "LEN",
  "UPPER",
  "LOWER",
  "TRIM",
]);

/** Names of the built-in functions the engine knows. */
export const BUILTIN_FUNCTIONS: readonly string[] = [...Object.keys(FUNCTIONS), "ARRAYFORMULA"];
