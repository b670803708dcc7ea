// A figure while it is built: the number as written, its scale and unit factor, or a date; and its value.
import type { FigureValue } from './types';
import { scaleBy } from './numbers';

/** A figure being built: the number as written, its scale and unit factor, or a date. */
export interface Cand {
  start: number;
  end: number;
  /** The number as written (with its sign), before scale and unit factor. */
  raw: number;
  scale: number;
  factor: number;
  unit: string | undefined;
  date: string | undefined;
  /** A plain number: no scale, unit or currency. */
  plain: boolean;
  /** Decimals written after the point (for exact scaling). */
  dec: number;
  low: number | undefined;
  high: number | undefined;
}

/** Every figure object is made here, with all fields in one order, so they share one hidden class. */
export function cand(
  start: number,
  end: number,
  raw: number,
  unit?: string,
  scale = 1,
  factor = 1,
  date?: string,
  plain = false,
  dec = 0,
): Cand {
  return { start, end, raw, scale, factor, unit, date, plain, dec, low: undefined, high: undefined };
}

/** A date or period figure. */
export const dateCand = (start: number, end: number, date: string): Cand =>
  cand(start, end, NaN, undefined, 1, 1, date);

/** The normalised value of a figure (issue 3): a number in base units, a range, a unit or an ISO date. */
export function valueOf(c: Cand): FigureValue {
  if (c.date !== undefined) return { date: c.date };
  const v: FigureValue =
    c.low !== undefined ? { low: c.low, high: c.high } : { number: scaleBy(c.raw, c.scale * c.factor, c.dec) };
  if (c.unit) v.unit = c.unit;
  return v;
}
