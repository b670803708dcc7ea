import { extract } from '../../../src/extract';
import type { FigureValue } from '../../../src/extract';

/** The figures found in `text`, as [span text, value] pairs in order. */
export function figs(text: string): [string, FigureValue | undefined][] {
  return extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value]);
}

/** Only the span texts of the figures found in `text`. */
export function spans(text: string): string[] {
  return extract(text, { kinds: ['figure'] }).map((e) => e.text);
}
