import type { FigureValue } from '../extract/types';
import { t } from '../i18n';

const cache = new Map<string, Intl.NumberFormat>();
const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
};

/** Formats one quantity in the figure's unit (currency, percent, points, times, a unit or measure word). */
function formatQuantity(n: number, unit: string | undefined, locale: string): string {
  // A rate (20美元/月 → USD/月): the quantity in its unit, then the period as written.
  const slash = unit?.indexOf('/') ?? -1;
  if (unit && slash > 0) return `${formatQuantity(n, unit.slice(0, slash), locale)}/${unit.slice(slash + 1)}`;
  if (unit && /^[A-Z]{3}$/.test(unit)) {
    try {
      return formatMoney(n, unit, locale);
    } catch {
      // Not a currency Intl knows: fall through to a number followed by the code.
    }
  }
  if (unit === '%') return numberFormat(locale, { style: 'percent', maximumFractionDigits: 4 }).format(n);
  const plain = numberFormat(locale, { maximumFractionDigits: 4 }).format(n);
  if (unit === 'pp') return t('cardPercentagePoints', plain);
  if (unit === 'bp') return t('cardBasisPoints', plain);
  if (unit === 'x') return t('cardTimes', plain);
  if (!unit) return plain;
  if (/^[a-z-]+$/.test(unit)) {
    try {
      // Units Intl knows (day, month, kilometer …) are written and pluralised in the reader's language.
      return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 4 }).format(n);
    } catch {
      // Not a unit Intl knows: written as found.
    }
  }
  // Chinese sets measure words flush against the number (20秒); other languages with a space.
  return locale.startsWith('zh') || /^[\u3400-\u9fff]/.test(unit) ? `${plain}${unit}` : `${plain} ${unit}`;
}

/** Money in ISO 4217 `currency`, whole amounts without decimals. */
function formatMoney(n: number, currency: string, locale: string): string {
  const digits = Number.isInteger(n) ? 0 : 2;
  const money = (currencyDisplay: Intl.NumberFormatOptions['currencyDisplay']) =>
    numberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(n);
  // Renminbi is plain ¥ (these are Chinese news); any other currency that would also show a bare ¥
  // (the yen, in English) gets its code, so the two never look alike.
  if (currency === 'CNY') return money('narrowSymbol');
  const text = money('symbol');
  return /(^|[^A-Z])¥/.test(text) ? money('code') : text;
}

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });

/** Formats one ISO 8601 date or period (full or partial: 2024, 2024-09, 2024-09-30, --12-10, ---30, 2024-Q3, 2024-H1). */
function formatOneDate(iso: string, locale: string): string {
  let m: RegExpMatchArray | null;
  if ((m = iso.match(/^(\d{4})-Q([1-4])$/))) return t('cardQuarter', [m[1], m[2]]);
  if ((m = iso.match(/^(\d{4})-H([12])$/))) return t(m[2] === '1' ? 'cardFirstHalf' : 'cardSecondHalf', m[1]);
  if ((m = iso.match(/^(\d{4})$/))) return dateFormat(locale, { year: 'numeric' }).format(Date.UTC(+m[1], 0, 1));
  if ((m = iso.match(/^(\d{4})-(\d{2})$/)))
    return dateFormat(locale, { year: 'numeric', month: 'long' }).format(Date.UTC(+m[1], +m[2] - 1, 1));
  if ((m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/)))
    return dateFormat(locale, { dateStyle: 'long' }).format(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if ((m = iso.match(/^--(\d{2})-(\d{2})$/)))
    return dateFormat(locale, { month: 'long', day: 'numeric' }).format(Date.UTC(2000, +m[1] - 1, +m[2]));
  if ((m = iso.match(/^--(\d{2})$/))) return dateFormat(locale, { month: 'long' }).format(Date.UTC(2000, +m[1] - 1, 1));
  if ((m = iso.match(/^---(\d{2})$/))) return dateFormat(locale, { day: 'numeric' }).format(Date.UTC(2000, 0, +m[1]));
  if ((m = iso.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/)))
    return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
      Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]),
    );
  return iso;
}

/** A date or period as the reader's language writes it; an ISO interval (`a/b`) as a range. */
export function formatDate(iso: string, locale: string): string {
  return iso
    .split('/')
    .map((part) => formatOneDate(part, locale))
    .join(' – ');
}

/**
 * The normalised value of a figure as the reader's language writes it
 * (10946000000 CNY → ¥10,946,000,000; 0.9209 % → 92.09%; low–high ranges), or undefined when none.
 */
export function formatFigure(value: FigureValue | undefined, locale: string): string | undefined {
  if (!value) return undefined;
  try {
    if (value.date) return formatDate(value.date, locale);
    const q = (n: number) => formatQuantity(n, value.unit, locale);
    const finite = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n);
    if (finite(value.low) && finite(value.high)) return `${q(value.low)}–${q(value.high)}`;
    if (finite(value.number)) return q(value.number);
    if (finite(value.low)) return `≥ ${q(value.low)}`;
    if (finite(value.high)) return `≤ ${q(value.high)}`;
  } catch {
    // A value another version wrote that Intl cannot format is not worth breaking the card for.
  }
  return undefined;
}
