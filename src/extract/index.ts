import type { Detector, Entity, ExtractContext, ExtractOptions, Kind } from './types';
import { companyDetector } from './companies';
import { figureDetector } from './figures';
import { quoteDetector } from './quotes';

export type { Entity, ExtractOptions, FigureValue, Kind } from './types';
export { KINDS } from './types';

/** The registry: adding a kind is one detector file plus one line here. Order matters (see ExtractContext). */
const DETECTORS: readonly Detector[] = [companyDetector, figureDetector, quoteDetector];

/** Finds figures, quotes and companies in `text` (one article block per line). Pure; never throws. */
export function extract(text: string, options: ExtractOptions = {}): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const wanted = new Set<Kind>(options.kinds ?? ['figure', 'quote', 'company']);
  const ctx: ExtractContext = { options, companies: [] };
  const out: Entity[] = [];
  for (const detector of DETECTORS) {
    // Companies also run when only quotes are wanted: quote speakers can be organisations.
    const needed = wanted.has(detector.kind) || (detector.kind === 'company' && wanted.has('quote'));
    if (!needed) continue;
    let found: Entity[] = [];
    try {
      found = detector.detect(text, ctx);
    } catch (e) {
      // A detector bug must not take the others down; the page keeps what the others found.
      if (typeof console !== 'undefined') console.debug(`[newsmark] ${detector.kind} detector failed`, e);
    }
    if (detector.kind === 'company') ctx.companies = found;
    if (wanted.has(detector.kind)) out.push(...clean(text, found, detector.kind));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Keeps only consistent spans of one kind and drops same-kind overlaps (the earlier, longer span wins). */
function clean(text: string, spans: Entity[], kind: Kind): Entity[] {
  const valid = spans
    .filter((e) => e.kind === kind && Number.isInteger(e.start) && Number.isInteger(e.end))
    .filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end)
    .map((e) => (e.text === text.slice(e.start, e.end) ? e : { ...e, text: text.slice(e.start, e.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const e of valid) if (!kept.length || e.start >= kept[kept.length - 1].end) kept.push(e);
  return kept;
}
