// Reads the figure fixtures: original articles where each expected figure is written 【like this】 and an
// optional one (GUIDELINE.md: neither required nor penalised) 〖like this〗.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** An expected span in the text without marks. */
export interface ExpectedSpan {
  start: number;
  end: number;
  text: string;
  optional: boolean;
}

/** The directory of the figure fixtures. */
export const FIGURE_FIXTURES = join(__dirname, '../../fixtures/extract/figures');

/** Strips the marks from a marked text and returns the plain text with the spans they made. */
export function parseMarked(marked: string): { text: string; spans: ExpectedSpan[] } {
  let text = '';
  const spans: ExpectedSpan[] = [];
  let open: { start: number; optional: boolean } | null = null;
  for (const ch of marked) {
    if (ch === '【' || ch === '〖') open = { start: text.length, optional: ch === '〖' };
    else if ((ch === '】' || ch === '〗') && open) {
      spans.push({ start: open.start, end: text.length, text: text.slice(open.start), optional: open.optional });
      open = null;
    } else text += ch;
  }
  return { text, spans };
}

/** Every fixture file, parsed. */
export function loadFigureFixtures(): { name: string; text: string; spans: ExpectedSpan[] }[] {
  return readdirSync(FIGURE_FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, ...parseMarked(readFileSync(join(FIGURE_FIXTURES, f), 'utf8')) }));
}
