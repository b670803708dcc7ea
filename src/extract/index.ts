// The word lists and the packed company lexicon first: grouped at the start of the bundle, ahead of the
// code, they gzip about 1.3 KB smaller than interleaved with it (deflate's Huffman tables then fit each
// part; measured with esbuild --minify and gzip -9). Bare imports only fix that order. The order of the
// lists among themselves, and of the detectors' imports below (quotes first), was chosen by measuring
// orders one move at a time: it saves another ~0.5 KB. Re-measure when a list or detector grows.
import './lexicon/companies-packed';
import './lexicon/company-places';
import './lexicon/company-suffixes';
import './lexicon/company-english';
import './lexicon/company-stoplist';
import './lexicon/quote-cues';
import './lexicon/speech-verbs-zh';
import './lexicon/speech-verbs-en';
import './lexicon/figure-words';
import './lexicon/figure-units';
import './lexicon/exchanges';
import './lexicon/quote-pronouns';
import './lexicon/quote-titles';
import './lexicon/quote-org-anaphora';
import './lexicon/companies';
import './lexicon/company-cues';
import type { Detector, Entity, ExtractContext, ExtractOptions, Kind } from './types';
import { quoteDetector } from './quotes';
import { companyDetector } from './companies';
import { figureDetector } from './figures';
import { warmSegmenter } from './zh-segment';
import { companyLexicon } from './lexicon/companies';
import { warmScanSteps } from './company-scan';
import { companyWords } from './company-words';
import { asWritten, toSimplified } from './simplify';

export type { Entity, ExtractOptions, FigureValue, Kind } from './types';
export { KINDS } from './types';

/** The registry: adding a kind is one detector file plus one line here. Order matters (see ExtractContext). */
const DETECTORS: readonly Detector[] = [companyDetector, figureDetector, quoteDetector];

/** Finds figures, quotes and companies in `text` (one article block per line). Pure; never throws. */
export function extract(text: string, options: ExtractOptions = {}): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const wanted = new Set<Kind>(options.kinds ?? ['figure', 'quote', 'company']);
  // Detectors read traditional characters as simplified (same offsets); what is returned is the text's own.
  const read = toSimplified(text);
  const same = read === text;
  const watchlist = same ? options.watchlist : options.watchlist?.map(toSimplified);
  const ctx: ExtractContext = { options: same ? options : { ...options, watchlist }, companies: [] };
  const lists: Entity[][] = [];
  let names: Entity[] = []; // the companies found, sorted (the company detector runs first)
  for (const detector of DETECTORS) {
    // Companies also run when only quotes are wanted: quote speakers can be organisations.
    const needed = wanted.has(detector.kind) || (detector.kind === 'company' && wanted.has('quote'));
    if (!needed) continue;
    let found: Entity[] = [];
    try {
      found = detector.detect(read, ctx);
    } catch (e) {
      // A detector bug must not take the others down; the page keeps what the others found.
      if (typeof console !== 'undefined') console.debug(`[newsmark] ${detector.kind} detector failed`, e);
    }
    if (detector.kind === 'company') ctx.companies = found;
    if (!wanted.has(detector.kind)) continue;
    let kept = clean(text, found, detector.kind);
    if (!same && detector.kind === 'quote') kept = kept.map((q) => speakerAsWritten(q, read, text));
    if (detector.kind === 'company') names = kept;
    // A number inside a company's name (36氪, 58同城) is part of the name, not a figure.
    if (detector.kind === 'figure' && names.length) kept = outside(kept, names);
    lists.push(kept);
  }
  return merge(lists);
}

function speakerAsWritten(quote: Entity, read: string, text: string): Entity {
  if (!quote.speaker) return quote;
  const speaker = asWritten(quote.speaker, read, text, quote.start);
  return speaker === quote.speaker ? quote : { ...quote, speaker };
}

const WARM_TEXT = '甲公司表示：“营业收入增长1.5%。” Acme Inc. said "revenue rose 2 percent."';

/**
 * Builds what `extract` builds on its first call (lexicon automata, word sets, the segmenter's dictionary)
 * in steps, yielding after each, so that a caller can spread the ~40 ms this costs once per page over
 * short tasks. Optional: `extract` builds whatever is missing itself. Pure, never throws.
 */
export function* warmUp(kinds: readonly Kind[] = ['figure', 'quote', 'company']): Generator<void, void, void> {
  // Companies first: quotes use them for organisation speakers, so the quote step then only builds its own.
  const steps: Kind[] = (['company', 'quote', 'figure'] as const).filter((k) => kinds.includes(k));
  for (const kind of steps) {
    if (kind === 'company') {
      // the company step is the biggest: unpack the lexicon, build its automaton and the word sets apart
      // extract builds (or does without) whatever a failing step leaves out
      const once = (part: () => unknown) => {
        try {
          part();
        } catch {
          /* see above */
        }
      };
      once(companyLexicon);
      yield;
      try {
        yield* warmScanSteps(); // the automaton's build pauses itself, every few thousand names
      } catch {
        /* see above */
      }
      yield;
      once(companyWords);
      yield;
      once(warmSegmenter);
      yield;
    }
    extract(WARM_TEXT, { kinds: [kind] });
    yield;
  }
}

/** Keeps only consistent spans of one kind and drops same-kind overlaps (the earlier, longer span wins). */
function clean(text: string, spans: Entity[], kind: Kind): Entity[] {
  const valid: Entity[] = [];
  let sorted = true;
  for (const e of spans) {
    const { start, end } = e;
    if (e.kind !== kind || !Number.isInteger(start) || !Number.isInteger(end)) continue;
    if (start < 0 || end > text.length || start >= end) continue;
    // startsWith compares in place: no substring per entity (detectors already set the right text)
    const ok = typeof e.text === 'string' && e.text.length === end - start && text.startsWith(e.text, start);
    const last = valid[valid.length - 1];
    if (last && (last.start > start || (last.start === start && last.end < end))) sorted = false;
    valid.push(ok ? e : { ...e, text: text.slice(start, end) });
  }
  if (!sorted) valid.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const e of valid) if (!kept.length || e.start >= kept[kept.length - 1].end) kept.push(e);
  return kept;
}

/** The spans of `spans` (sorted) that lie inside none of `names` (sorted by start); linear. */
function outside(spans: Entity[], names: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  let j = 0;
  let reach = -1; // the furthest end of the names starting at or before the span
  for (const e of spans) {
    while (j < names.length && names[j].start <= e.start) reach = Math.max(reach, names[j++].end);
    if (e.end > reach) out.push(e);
  }
  return out;
}

/**
 * Merges the kinds' lists (each sorted, without overlaps) by start, then end; on a tie the earlier list
 * comes first, as a stable sort of their concatenation would order them, in linear time.
 */
function merge(lists: Entity[][]): Entity[] {
  const out: Entity[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      const e = lists[k][at[k]];
      if (!e) continue;
      const b = best >= 0 ? lists[best][at[best]] : undefined;
      if (!b || e.start < b.start || (e.start === b.start && e.end < b.end)) best = k;
    }
    if (best < 0) return out;
    out.push(lists[best][at[best]++]);
  }
}
