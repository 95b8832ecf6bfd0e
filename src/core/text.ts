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
  return tidy(text).toUpperCase().replace(/Đ/gu, "D").replace(/\s+/gu, "");
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
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number")
    return Number.isFinite(value) ? String(value).replace(".", ",") : String(value);
  if (value instanceof Date) return "một ngày tháng";
  return String(value);
}

/** "05/12/2026 09:30" in Vietnam's time (UTC+7, no daylight saving), without Intl. */
export function formatDateTime(epochMs: number): string {
  const d = new Date(epochMs + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}
