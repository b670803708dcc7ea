import { attributionAfter, attributionBefore, type Attribution } from './quote-attribution';
import { isQuotation } from './quote-classify';
import { findMarkedSpans, type MarkedSpan } from './quote-marks';
import { scanMentions, type Mention } from './quote-mentions';
import type { Detector, Entity, ExtractContext } from './types';

/**
 * Quote detection in three steps: pair the marks (quote-marks), keep the quotations among them
 * (quote-classify), then find each one's speaker with ordered sieves as in Muzny et al. (2017):
 * 1. an explicit attribution next to the marks (quote-attribution), pronouns resolved;
 * 2. a speaker of reported speech earlier in the same sentence (在他看来，…“…” / X said that … "…");
 * 3. the last speaker named earlier in the paragraph (including earlier quotes' speakers);
 * 4. for a quote opening its paragraph, the last speaker of the previous paragraph.
 */
export const quoteDetector: Detector = {
  kind: 'quote',
  detect(text: string, ctx: ExtractContext): Entity[] {
    return detectQuotes(text, ctx.companies);
  },
};

interface Group {
  spans: MarkedSpan[];
  attribution?: Attribution;
  speaker?: string;
}

/** Finds quotes with their speakers (GUIDELINE.md §3). Linear in the text length; never throws. */
export function detectQuotes(text: string, companies: readonly Entity[] = []): Entity[] {
  const spans = findMarkedSpans(text);
  if (!spans.length) return [];
  const names = new Set(companies.map((c) => c.text));
  const groups = groupSpans(spans);
  const kept: Group[] = [];
  for (const g of groups) {
    const first = g.spans[0];
    const last = g.spans[g.spans.length - 1];
    g.attribution = attributionBefore(text, first, names) ?? attributionAfter(text, last, names);
    const inner = g.spans.map((s) => text.slice(s.start, s.end)).join('\n');
    const lineStart = text.lastIndexOf('\n', first.open - 1) + 1;
    const lineEnd = indexOrEnd(text, '\n', last.after);
    const quotation = isQuotation({
      inner,
      before: text.slice(Math.max(lineStart, first.open - 12), first.open),
      after: text.slice(last.after, Math.min(lineEnd, last.after + 8)),
      listed:
        /^\s*[、，,]?\s*[“「"]/.test(text.slice(last.after, last.after + 3)) ||
        /[”」"]\s*[、，,]?\s*$/.test(text.slice(Math.max(lineStart, first.open - 3), first.open)),
      attributed: g.attribution !== undefined,
      isCompany: names.has(inner.trim()),
    });
    if (quotation) kept.push(g);
  }
  // mentions are looked for outside every pair of marks (terms included): words in marks are not attributions
  const mentions = scanMentions(text, names, insideAny(spans));
  assignSpeakers(text, kept, mentions);
  const out: Entity[] = [];
  for (const g of kept) {
    for (const s of g.spans) {
      const e: Entity = { kind: 'quote', start: s.start, end: s.end, text: text.slice(s.start, s.end) };
      if (g.speaker) e.speaker = g.speaker;
      out.push(e);
    }
  }
  return out;
}

function groupSpans(spans: MarkedSpan[]): Group[] {
  const groups: Group[] = [];
  for (const s of spans) {
    const last = groups[groups.length - 1];
    if (last && last.spans[0].group === s.group) last.spans.push(s);
    else groups.push({ spans: [s] });
  }
  return groups;
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from);
  return i < 0 ? text.length : i;
}

/** A position test against sorted, disjoint spans (checked in increasing order of position). */
function insideAny(spans: MarkedSpan[]): (pos: number) => boolean {
  return (pos) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < spans[mid].open) hi = mid - 1;
      else if (pos >= spans[mid].after) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Runs the sieves in reading order, so earlier quotes' speakers are context for later ones. */
function assignSpeakers(text: string, groups: Group[], mentions: Mention[]): void {
  let m = 0; // mentions before the current quote: mentions[0..m)
  let person: string | undefined;
  let org: string | undefined;
  let lastQuote: { pos: number; speaker: string } | undefined;
  for (const g of groups) {
    const first = g.spans[0];
    while (m < mentions.length && mentions[m].pos < first.open) {
      const mention = mentions[m++];
      if (mention.kind === 'person') person = mention.name;
      if (mention.kind === 'org') org = mention.name;
    }
    const lineStart = text.lastIndexOf('\n', first.open - 1) + 1;
    let speaker: string | undefined;
    const a = g.attribution?.speaker;
    if (a) {
      if (a.kind === 'pronoun') speaker = person ?? a.name;
      else if (a.kind === 'org-anaphor') speaker = org ?? a.name;
      else speaker = a.name;
    }
    speaker ??= sentenceSpeaker(text, first.open, lineStart, mentions, m);
    speaker ??= lastBefore(mentions, m, lineStart, lastQuote);
    if (!speaker && !text.slice(lineStart, first.open).trim()) {
      const prevEnd = previousLineStart(text, lineStart);
      speaker = prevEnd < 0 ? undefined : lastBefore(mentions, m, prevEnd, lastQuote);
    }
    if (speaker) {
      g.speaker = speaker;
      lastQuote = { pos: first.open, speaker };
      if (a && a.kind !== 'org' && a.kind !== 'org-anaphor') person = speaker;
    }
  }
}

/** The first mention in the quote's sentence before its opening mark (the reporting clause's subject). */
function sentenceSpeaker(
  text: string,
  open: number,
  lineStart: number,
  mentions: Mention[],
  m: number,
): string | undefined {
  let s = open;
  while (s > lineStart && open - s < 300) {
    const c = text[s - 1];
    if (/[。！？!?]/.test(c) || (c === '.' && /\s/.test(text[s] ?? ''))) break;
    s--;
  }
  let found: Mention | undefined;
  for (let k = m - 1; k >= 0 && mentions[k].pos >= s; k--) found = mentions[k];
  return found?.name;
}

/** The last mention or quote speaker at or after `from` (and before the current quote). */
function lastBefore(
  mentions: Mention[],
  m: number,
  from: number,
  lastQuote?: { pos: number; speaker: string },
): string | undefined {
  const mention = m > 0 && mentions[m - 1].pos >= from ? mentions[m - 1] : undefined;
  if (lastQuote && lastQuote.pos >= from && (!mention || lastQuote.pos > mention.pos)) return lastQuote.speaker;
  return mention?.name;
}

/** Start of the previous non-blank line, or -1. */
function previousLineStart(text: string, lineStart: number): number {
  let e = lineStart - 1;
  while (e > 0) {
    const s = text.lastIndexOf('\n', e - 1) + 1;
    if (text.slice(s, e).trim()) return s;
    e = s - 1;
  }
  return -1;
}
