// Text helpers shared by parsing, validation and rendering: Vietnamese-aware normalisation and
// number formatting that does not depend on Intl (Apps Script's ICU data is undocumented).

/** NFC, trimmed, inner whitespace (incl. no-break spaces) collapsed to one space. */
export function tidy(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Key for comparing names typed by different people: tidy + lower case. */
export function nameKey(text: string): string {
  return tidy(text).toLowerCase();
}

/** Key for codes: tidy, upper case, "Đ" read as "D" so "GĐHT" and "GDHT" are the same code. */
export function codeKey(text: string): string {
  return tidy(text).toUpperCase().replace(/Đ/gu, "D").replace(/\s/gu, "");
}

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** Text without the characters nobody sees (zero-width spaces, soft hyphens, BOM). */
export function visible(text: string): string {
  return text.replace(INVISIBLE, "");
}
/** The five Vietnamese tone marks, as combining characters after NFD. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * The identity of a name, for every check and roll-up that asks "is this the same area, the same
 * household?": invisible characters dropped, every kind of space collapsed, case and Đ/D ignored,
 * and each word's tone mark moved to its end, so "Hoà"/"Hòa" and "Thuỷ"/"Thủy" are one name. Other
 * marks stay: "Đông" and "Động" are different places.
 */
export function identityKey(text: string): string {
  return visible(text.normalize("NFD"))
    .toLowerCase()
    .replace(/đ/gu, "d")
    .split(/\s/u)
    .filter(Boolean)
    .map((word) => word.replace(TONES, "") + (word.match(TONES) ?? []).join(""))
    .join(" ");
}

/** The identity of a code: as a name, without any space, and "T001" the same as "T1". */
export function codeIdentity(text: string): string {
  return identityKey(text)
    .replace(/ /gu, "")
    .replace(/\d+/gu, (digits) => digits.replace(/^0+(?=\d)/u, ""));
}

/** Sheets refuses to write more than 50,000 characters into one cell. */
export const CELL_LIMIT = 50_000;

/** Text shortened with "…" to fit `max` characters (a cell by default), never cutting a pair. */
export function clip(text: string, max = CELL_LIMIT): string {
  // Stryker disable next-line Regex: in well-formed text a lone high surrogate can only be the cut's last unit
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/u, "")}…`;
}

/** Formats an integer with "." as thousands separator, as vi_VN does: 1234567 → "1.234.567". */
export function formatCount(n: number): string {
  const sign = n < 0 ? "-" : "";
  const digits = String(Math.abs(Math.trunc(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ".");
}

/**
 * Formats a fraction as a Vietnamese percentage with at most `decimals` decimals and a decimal
 * comma: 0.655 → "65,5%", 0.7 → "70%". `toPrecision(12)` removes float drift before rounding.
 */
export function formatPercent(fraction: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const scaled = Math.round(Number((fraction * 100 * factor).toPrecision(12)));
  const whole = formatCount(Math.trunc(Math.abs(scaled) / factor));
  const rest = String(Math.abs(scaled) % factor)
    .padStart(decimals, "0")
    .replace(/0+$/u, "");
  return `${scaled < 0 ? "-" : ""}${whole}${rest ? `,${rest}` : ""}%`;
}

/** Shows any cell value the way an officer would recognise it in a message. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(ô trống)";
  if (typeof value === "string") return `“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number")
    return Number.isFinite(value) ? String(value).replace(".", ",") : String(value);
  if (value instanceof Date) return "một ngày tháng";
  try {
    return String(value);
  } catch {
    // an object from the browser whose toString is not a function
    return "(?)";
  }
}

/** "05/12/2026 09:30" in Vietnam's time (UTC+7, no daylight saving), without Intl. */
export function formatDateTime(epochMs: number): string {
  const d = new Date(epochMs + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}
