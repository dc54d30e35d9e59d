// Number, value and date formatting for the canvas: compact, stable, locale-free
// (the same tree reads the same on every machine).

const SUFFIXES: readonly (readonly [number, string])[] = [
  [1e3, "K"],
  [1e6, "M"],
  [1e9, "B"],
  [1e12, "T"],
];

/** Currency units written as a prefix symbol; other units follow the number. */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  EUR: "€",
  "€": "€",
  USD: "$",
  $: "$",
  GBP: "£",
  "£": "£",
  JPY: "¥",
  "¥": "¥",
};

/** Units written right after the number, with no space (also `/5`, `/mo`...). */
const TIGHT_UNITS = new Set(["%", "x", "×", "pp"]);

function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function magnitude(abs: number): string {
  if (abs === 0) return "0";
  if (abs < 0.01) return String(Number(abs.toPrecision(2)));
  if (abs < 1000) {
    const digits = abs < 10 ? 2 : abs < 100 ? 1 : 0;
    const rounded = Number(abs.toFixed(digits));
    if (rounded < 1000) return fixed(abs, digits);
  }
  for (let i = 0; i < SUFFIXES.length; i += 1) {
    const entry = SUFFIXES[i];
    if (entry === undefined) break;
    const [divisor, suffix] = entry;
    const scaled = abs / divisor;
    const digits = scaled < 100 ? 1 : 0;
    const rounded = Number(scaled.toFixed(digits));
    if (rounded < 1000 || i === SUFFIXES.length - 1) return fixed(scaled, digits) + suffix;
  }
  return String(abs);
}

/** A number in compact form: `1.2M`, `45`, `3.46`, `12.3K`, `-800`. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "—";
  const text = magnitude(Math.abs(value));
  return value < 0 && text !== "0" ? `-${text}` : text;
}

/** A value with its unit: `€1.2M`, `45%`, `1.2K seats`, `—` when there is none. */
export function formatValue(value: number | null, unit: string | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const number = formatNumber(value);
  const trimmed = unit?.trim() ?? "";
  if (trimmed === "") return number;
  const symbol = CURRENCY_SYMBOLS[trimmed.toUpperCase()];
  if (symbol !== undefined) {
    return number.startsWith("-") ? `-${symbol}${number.slice(1)}` : `${symbol}${number}`;
  }
  if (TIGHT_UNITS.has(trimmed) || trimmed.startsWith("/")) return `${number}${trimmed}`;
  return `${number}\u00a0${trimmed}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2027-06-30` as `30 Jun 2027`; anything else as it is. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1];
  if (name === undefined || year === undefined || day === undefined) return date;
  return `${Number(day)} ${name} ${year}`;
}

/** `1 node`, `12 nodes`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
