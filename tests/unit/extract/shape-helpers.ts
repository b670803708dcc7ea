import { extract } from '../../../src/extract';

/** What `extract` finds of one kind in `text`: span texts, and for quotes `text|speaker`. */
export function of(text: string, kind: 'figure' | 'quote' | 'company'): string[] {
  return extract(text, { kinds: [kind] })
    .filter((e) => e.kind === kind)
    .map((e) => (kind === 'quote' ? `${e.text}|${e.speaker ?? ''}` : e.text));
}

/** Figures as [span text, date or number or a range's low end]. */
export const figures = (text: string) =>
  extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value?.date ?? e.value?.number ?? e.value?.low]);
/** Company span texts. */
export const companies = (text: string) => extract(text, { kinds: ['company'] }).map((e) => e.text);
/** Companies as [span text, ticker]. */
export const tickers = (text: string) => extract(text, { kinds: ['company'] }).map((e) => [e.text, e.ticker]);
/** Quotes as [span text, speaker]. */
export const quotes = (text: string) => extract(text, { kinds: ['quote'] }).map((e) => [e.text, e.speaker]);
/** The speakers of the quotes, in order. */
export const speakers = (text: string) => extract(text, { kinds: ['quote'] }).map((e) => e.speaker);
