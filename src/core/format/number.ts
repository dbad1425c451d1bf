/**
 * Numbers and money as a French reader writes them, in one place: `Intl.NumberFormat("fr-FR")` gives
 * the characters French typography wants — a decimal comma, thousands grouped with a narrow no-break
 * space (U+202F) and a no-break space (U+00A0) between an amount and `€` (CLDR's French locale data,
 * the same in Node, Edge/WebView2 and Safari). Rounding is Intl's `halfExpand`: half away from zero on
 * the number as written, the rule `roundCents` applies to money.
 */

export interface NumberStyle {
  /** At most this many decimals (default: all of them, as `String(n)` would show them). */
  decimals?: number;
  /** Always `decimals` decimals (`1204,50`), as amounts are written. */
  fixed?: boolean;
  /** Thousands grouped with U+202F (`12 500`); off by default (CSV fields, hours, rates). */
  grouping?: boolean;
  /** The typographic minus U+2212 instead of the hyphen-minus (measures such as `−23 LUFS`). */
  typographicMinus?: boolean;
}

const ALL_DECIMALS = 20;
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat("fr-FR", options)));
  return f;
}

/** A value that rounds to zero is written without a sign (`0`, not `-0`). */
function unsignedZero(text: string): string {
  return /[1-9]/.test(text) ? text : text.replace("-", "");
}

/** `3,5`, `1204,50`, `12 500`: a French number (see `NumberStyle`). */
export function formatNumber(n: number, style: NumberStyle = {}): string {
  const decimals = style.decimals ?? ALL_DECIMALS;
  const text = unsignedZero(
    formatter({ useGrouping: style.grouping ?? false, minimumFractionDigits: style.fixed ? decimals : 0, maximumFractionDigits: decimals }).format(n),
  );
  return style.typographicMinus ? text.replace("-", "\u2212") : text;
}

/** `12,5 %`: a percentage, with the space French writes before the sign. */
export function formatPercent(percent: number, style: NumberStyle = {}): string {
  return `${formatNumber(percent, style)} %`;
}

/** `1 234,56 €`: whole cents as euros, grouped (U+202F) and with a no-break space (U+00A0) before `€`. */
// `cents` is core/money's `Cents` (a number); money re-exports this function, so the type is not imported back.
export function formatEuros(cents: number): string {
  return unsignedZero(formatter({ style: "currency", currency: "EUR" }).format(cents / 100));
}
