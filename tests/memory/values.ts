// Cell values as Sheets sees them: typed-text coercion per locale, number-format rendering, and
// dates in a spreadsheet's time zone (serial numbers, wall-clock parts, Java-style patterns).

/** A value stored in a cell; "" means empty. */
export type Literal = string | number | boolean | Date;

/** True for Dates of any realm (a script running in a node:vm context has its own Date). */
export function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === "[object Date]";
}

export interface LocaleInfo {
  decimal: string;
  group: string;
  dayFirst: boolean;
  /** Pattern Sheets applies when a date is typed into a General cell (assumption, see README). */
  datePattern: string;
}

const EN_US: LocaleInfo = { decimal: ".", group: ",", dayFirst: false, datePattern: "M/d/yyyy" };
const DAY_FIRST_DOT: LocaleInfo = {
  decimal: ".",
  group: ",",
  dayFirst: true,
  datePattern: "dd/MM/yyyy",
};
const COMMA_DECIMAL: LocaleInfo = {
  decimal: ",",
  group: ".",
  dayFirst: true,
  datePattern: "dd/MM/yyyy",
};
const COMMA_LANGUAGES = new Set(["vi", "de", "es", "it", "id", "pt", "nl", "tr", "da", "ro"]);

/** Separators and date order of a spreadsheet locale such as "vi_VN" or "en_US". */
export function localeInfo(locale: string): LocaleInfo {
  const [lang = "en", region = ""] = locale.split(/[_-]/u);
  if (COMMA_LANGUAGES.has(lang.toLowerCase())) return COMMA_DECIMAL;
  if (lang.toLowerCase() === "en" && region.toUpperCase() !== "US" && region !== "")
    return DAY_FIRST_DOT;
  return EN_US;
}

// ---------------------------------------------------------------------------------------------
// Time zones: wall-clock parts through Intl, so any IANA zone works.

export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function wallTime(date: Date, timeZone: string): Wall {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    ms: ((date.getTime() % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? "Sun"),
  };
}

function offsetAt(epochMs: number, timeZone: string): number {
  const w = wallTime(new Date(epochMs), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return asUtc - epochMs;
}

/** The instant at which the wall clock in `timeZone` shows the given parts. */
export function fromWallTime(
  w: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  timeZone: string,
): Date {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour ?? 0, w.minute ?? 0, w.second ?? 0);
  const first = offsetAt(guess, timeZone);
  const second = offsetAt(guess - first, timeZone);
  return new Date(guess - second);
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Sheets' date serial: days since 30 Dec 1899 on the spreadsheet's wall clock. */
export function dateToSerial(date: Date, timeZone: string): number {
  const w = wallTime(date, timeZone);
  const wallMs = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return (wallMs - SERIAL_EPOCH) / DAY_MS;
}

export function serialToDate(serial: number, timeZone: string): Date {
  const wall = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return fromWallTime(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
    },
    timeZone,
  );
}

// ---------------------------------------------------------------------------------------------
// Typed text → value, as when an officer types into a cell (or setValue writes a string).

export interface Typed {
  value: Literal;
  /** The number format Sheets picks for a General cell when this text is typed. */
  format?: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

interface NumberPatterns {
  plain: RegExp;
  leadingDecimal: RegExp;
  grouped: RegExp;
}
const patternCache = new WeakMap<LocaleInfo, NumberPatterns>();

function numberPatterns(li: LocaleInfo): NumberPatterns {
  const cached = patternCache.get(li);
  if (cached) return cached;
  const d = escapeRe(li.decimal);
  const g = escapeRe(li.group);
  const made = {
    plain: new RegExp(`^[+-]?\\d+(?:${d}\\d+)?(?:[eE][+-]?\\d+)?$`, "u"),
    leadingDecimal: new RegExp(`^[+-]?${d}\\d+$`, "u"),
    grouped: new RegExp(`^[+-]?\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`, "u"),
  };
  patternCache.set(li, made);
  return made;
}

interface ParsedNumber {
  value: number;
  grouped: boolean;
  decimals: boolean;
}

function parseLocaleNumber(text: string, li: LocaleInfo): ParsedNumber | null {
  const p = numberPatterns(li);
  const grouped = p.grouped.test(text);
  if (!grouped && !p.plain.test(text) && !p.leadingDecimal.test(text)) return null;
  const normal = text.split(li.group).join("").replace(li.decimal, ".");
  const value = Number(grouped ? normal : text.replace(li.decimal, "."));
  return Number.isFinite(value)
    ? { value, grouped, decimals: text.includes(li.decimal) && !/[eE]/u.test(text) }
    : null;
}

/** A number typed as text in the locale ("1.234", "12,5" in vi_VN), or null. */
export function numberFromLocaleText(text: string, li: LocaleInfo): number | null {
  return parseLocaleNumber(text.trim(), li)?.value ?? null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function twoDigitYear(y: number): number {
  // Sheets reads 00–29 as 20xx and 30–99 as 19xx.
  return y < 30 ? 2000 + y : 1900 + y;
}

function parseDate(text: string, li: LocaleInfo, timeZone: string, now: Date): Date | null {
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/u.exec(text);
  const local = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?$/u.exec(text);
  let year: number;
  let month: number;
  let day: number;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (local) {
    const [x, y] = [Number(local[1]), Number(local[2])];
    [day, month] = li.dayFirst ? [x, y] : [y, x];
    const typedYear = local[3];
    if (typedYear === undefined) year = wallTime(now, timeZone).year;
    else year = typedYear.length === 2 ? twoDigitYear(Number(typedYear)) : Number(typedYear);
  } else {
    return null;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return fromWallTime({ year, month, day }, timeZone);
}

/**
 * How Sheets stores a string written without the plain-text format: numbers, percentages,
 * booleans and dates are recognised in the spreadsheet's locale; anything else stays text.
 */
export function coerceTyped(text: string, locale: string, timeZone: string, now: Date): Typed {
  const li = localeInfo(locale);
  const t = text.trim();
  if (t === "") return { value: text };
  if (/^(true|false)$/iu.test(t)) return { value: t.toLowerCase() === "true" };
  const n = parseLocaleNumber(t, li);
  if (n)
    return { value: n.value, ...(n.grouped ? { format: n.decimals ? "#,##0.00" : "#,##0" } : {}) };
  const pct = /^(.*?)\s?%$/u.exec(t);
  const pn = pct?.[1] !== undefined ? parseLocaleNumber(pct[1], li) : null;
  if (pn) return { value: pn.value / 100, format: pn.decimals ? "0.00%" : "0%" };
  const date = parseDate(t, li, timeZone, now);
  if (date) return { value: date, format: li.datePattern };
  return { value: text };
}

// ---------------------------------------------------------------------------------------------
// Rendering: number formats, General, dates.

/** x × 10^places computed on the decimal text, so 0.29 shifted by 2 is exactly 29. */
export function shiftDecimal(x: number, places: number): number {
  const m = /^(-?[\d.]+)(?:e([+-]?\d+))?$/u.exec(String(x));
  if (!m) return x * 10 ** places;
  return Number(`${m[1]}e${Number(m[2] ?? 0) + places}`);
}

/** Rounds half away from zero on the decimal representation (1.005 → 1.01 at 2 places). */
export function roundHalfAway(value: number, places: number): number {
  const sign = value < 0 ? -1 : 1;
  return sign * shiftDecimal(Math.round(shiftDecimal(Math.abs(value), places)), -places);
}

/** "General": integers as is, other numbers to 10 significant digits, locale decimal mark. */
export function formatGeneral(n: number, li: LocaleInfo): string {
  if (Number.isNaN(n)) return "#NUM!";
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  let s: string;
  if (abs >= 1e15 || (abs !== 0 && abs < 1e-9)) {
    s = n
      .toExponential(5)
      .replace(/\.?0+e/u, "e")
      .replace("e", "E");
    if (!/E[+-]/u.test(s)) s = s.replace("E", "E+");
  } else {
    s = String(Number(n.toPrecision(10)));
  }
  return s.replace(".", li.decimal);
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/gu, group);
}

/** Splits a format into sections on ';' outside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Removes [Color] blocks, quotes and backslash escapes, keeping literal text. */
function literalize(part: string): string {
  return part
    .replace(/\[[^\]]*\]/gu, "")
    .replace(/"([^"]*)"/gu, "$1")
    .replace(/\\(.)/gu, "$1")
    .replace(/[_*]./gu, "");
}

const DATE_TOKEN = /[dyhs]|(?<![0#?.,])m/iu;

function isDateFormat(section: string): boolean {
  const bare = section
    .replace(/"[^"]*"/gu, "")
    .replace(/\\./gu, "")
    .replace(/\[[^\]]*\]/gu, "");
  return !/[0#?]/u.test(bare) && DATE_TOKEN.test(bare);
}

function formatNumberSection(value: number, section: string, li: LocaleInfo): string {
  const first = section.search(/[0#?]/u);
  if (first < 0) return literalize(section);
  let last = first;
  for (let i = first; i < section.length; i++) {
    if (/[0#?.,]/u.test(section[i] ?? "")) last = i;
    else break;
  }
  const body = section.slice(first, last + 1);
  const prefix = literalize(section.slice(0, first));
  const suffix = literalize(section.slice(last + 1));
  const percents = (section.match(/%/gu) ?? []).length;
  const [intPart = "", decPart = ""] = body.split(".");
  const trailingCommas = /,+$/u.exec(intPart)?.[0].length ?? 0;
  const intPattern = intPart.slice(0, intPart.length - trailingCommas);
  const grouping = intPattern.includes(",");
  const minInt = (intPattern.match(/0/gu) ?? []).length;
  const minDec = (decPart.match(/0/gu) ?? []).length;
  const maxDec = (decPart.match(/[0#?]/gu) ?? []).length;
  const scaled = (value * 100 ** percents) / 1000 ** trailingCommas;
  const rounded = roundHalfAway(Math.abs(scaled), maxDec);
  let [int = "0", dec = ""] = rounded.toFixed(maxDec).split(".");
  dec = dec.replace(/0+$/u, "");
  while (dec.length < minDec) dec += "0";
  if (int === "0" && minInt === 0) int = "";
  while (int.length < minInt) int = `0${int}`;
  if (grouping) int = groupDigits(int, li.group);
  const number = dec === "" ? int : `${int}${li.decimal}${dec}`;
  return `${prefix}${number}${suffix}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Renders a Sheets date/time number format ("dd/mm/yyyy", "dd/MM/yyyy HH:mm"). */
function formatDateSection(date: Date, section: string, timeZone: string): string {
  const w = wallTime(date, timeZone);
  const tokens = section.match(/"[^"]*"|\\.|[dD]+|[mM]+|[yY]+|[hH]+|[sS]+|AM\/PM|./gu) ?? [];
  const kinds = tokens.map((t) => t[0]?.toLowerCase() ?? "");
  let out = "";
  tokens.forEach((tok, i) => {
    const k = kinds[i];
    const n = tok.length;
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith("\\")) out += tok.slice(1);
    else if (k === "d")
      out +=
        n >= 4
          ? (DAY_NAMES[w.weekday] ?? "")
          : n === 3
            ? (DAY_NAMES[w.weekday] ?? "").slice(0, 3)
            : pad(w.day, n);
    else if (k === "y") out += n <= 2 ? pad(w.year % 100, 2) : String(w.year);
    else if (k === "h") out += pad(w.hour, Math.min(n, 2));
    else if (k === "s") out += pad(w.second, Math.min(n, 2));
    else if (k === "m") {
      // "m" is minutes right after an hour or right before seconds, otherwise the month.
      const prev = kinds
        .slice(0, i)
        .filter((x) => /[dmyhs]/u.test(x ?? ""))
        .pop();
      const next = kinds.slice(i + 1).find((x) => /[dmyhs]/u.test(x ?? ""));
      if (prev === "h" || next === "s") out += pad(w.minute, Math.min(n, 2));
      else if (n >= 4) out += MONTHS[w.month - 1] ?? "";
      else if (n === 3) out += (MONTHS[w.month - 1] ?? "").slice(0, 3);
      else out += pad(w.month, n);
    } else if (tok === "AM/PM") out += w.hour < 12 ? "AM" : "PM";
    else out += tok;
  });
  return out;
}

export interface FormatContext {
  li: LocaleInfo;
  timeZone: string;
}

function defaultDatePattern(date: Date, ctx: FormatContext): string {
  const w = wallTime(date, ctx.timeZone);
  const hasTime = w.hour !== 0 || w.minute !== 0 || w.second !== 0;
  const base = ctx.li.dayFirst ? "dd/mm/yyyy" : "m/d/yyyy";
  return hasTime ? `${base} H:mm:ss` : base;
}

/**
 * What a cell shows: the value rendered with its number format in the spreadsheet's locale.
 * Dates in numeric formats render as their serial number, as in Sheets.
 */
export function formatValue(value: Literal, format: string, ctx: FormatContext): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = format === "" ? "General" : format;
  if (value instanceof Date) {
    if (fmt === "General" || fmt === "@")
      return formatDateSection(value, defaultDatePattern(value, ctx), ctx.timeZone);
    const first = sections(fmt)[0] ?? fmt;
    if (isDateFormat(first)) return formatDateSection(value, first, ctx.timeZone);
    return formatValue(dateToSerial(value, ctx.timeZone), fmt, ctx);
  }
  if (!Number.isFinite(value)) return "#NUM!";
  if (fmt === "General" || fmt === "@" || /^0\.#+$/u.test(fmt)) return formatGeneral(value, ctx.li);
  const parts = sections(fmt);
  const [pos = fmt, neg, zero] = parts;
  if (value === 0 && zero !== undefined) return formatNumberSection(0, zero, ctx.li);
  if (value < 0 && neg !== undefined) return formatNumberSection(-value, neg, ctx.li);
  if (isDateFormat(pos))
    return formatDateSection(serialToDate(value, ctx.timeZone), pos, ctx.timeZone);
  const text = formatNumberSection(Math.abs(value), pos, ctx.li);
  return value < 0 && /[1-9]/u.test(text) ? `-${text}` : text;
}

// ---------------------------------------------------------------------------------------------
// Java SimpleDateFormat subset, for Utilities.formatDate.

/** Utilities.formatDate: yyyy, yy, MMMM, MMM, MM, M, dd, d, EEE(E), HH, H, hh, h, mm, ss, SSS, a, Z, XXX, 'text'. */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallTime(date, timeZone);
  const offsetMin = Math.round(offsetAt(date.getTime(), timeZone) / 60_000);
  const sign = offsetMin < 0 ? "-" : "+";
  const oh = pad(Math.floor(Math.abs(offsetMin) / 60), 2);
  const om = pad(Math.abs(offsetMin) % 60, 2);
  const tokens = pattern.match(/'(?:[^']|'')*'|([A-Za-z])\1*|./gu) ?? [];
  return tokens
    .map((tok) => {
      const n = tok.length;
      if (tok.startsWith("'")) return tok === "''" ? "'" : tok.slice(1, -1).replace(/''/gu, "'");
      switch (tok[0]) {
        case "y":
          return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        case "M":
          if (n >= 4) return MONTHS[w.month - 1] ?? "";
          if (n === 3) return (MONTHS[w.month - 1] ?? "").slice(0, 3);
          return pad(w.month, n);
        case "d":
          return pad(w.day, n);
        case "E":
          return n >= 4 ? (DAY_NAMES[w.weekday] ?? "") : (DAY_NAMES[w.weekday] ?? "").slice(0, 3);
        case "H":
          return pad(w.hour, n);
        case "h":
          return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        case "m":
          return pad(w.minute, n);
        case "s":
          return pad(w.second, n);
        case "S":
          return pad(w.ms, n);
        case "a":
          return w.hour < 12 ? "AM" : "PM";
        case "Z":
          return `${sign}${oh}${om}`;
        case "X":
          return offsetMin === 0 ? "Z" : n >= 3 ? `${sign}${oh}:${om}` : `${sign}${oh}${om}`;
        default:
          return tok;
      }
    })
    .join("");
}
