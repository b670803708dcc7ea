// Lenient scoring as GUIDELINE.md §5 defines it (character IoU ≥ 0.5, one-to-one, best overlap first;
// predictions on optional or layout-broken gold are ignored), for the quality-bar tests.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Entity, Kind } from '../../../src/extract';

/** One gold annotation, as in the shared gold files. */
export interface GoldSpan {
  kind: Kind;
  start: number;
  end: number;
  text: string;
  optional: boolean;
  speaker?: string;
  crosses_break?: boolean;
}

/** A gold set's article: its text and annotations. */
export interface GoldCase {
  name: string;
  text: string;
  gold: GoldSpan[];
}

/** Reads DIR/texts/NAME.txt + DIR/gold/NAME.json. */
export function readGoldSet(dir: string): GoldCase[] {
  return readdirSync(join(dir, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = basename(f, '.json');
      const gold = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8')).annotations as GoldSpan[];
      return { name, text: readFileSync(join(dir, 'texts', `${name}.txt`), 'utf8'), gold };
    });
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);
const iou = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, overlap(a, b)) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, '');

/** Totals of one kind over several articles. */
export interface KindTotals {
  tp: number;
  fp: number;
  fn: number;
  speakers: number;
  speakersRight: number;
}

/** Adds one article's lenient counts for `kind` to `t`. */
export function addLenient(t: KindTotals, kind: Kind, gold: GoldSpan[], pred: Entity[]): void {
  const g = gold.filter((s) => s.kind === kind);
  const p = pred.filter((s) => s.kind === kind);
  const required = g.filter((s) => !s.optional);
  const pairs: { gi: number; pi: number; size: number }[] = [];
  required.forEach((gs, gi) =>
    p.forEach((ps, pi) => {
      const size = iou(ps, gs);
      if (size >= 0.5) pairs.push({ gi, pi, size });
    }),
  );
  pairs.sort((a, b) => b.size - a.size);
  const goldHit = new Map<number, number>();
  const predHit = new Set<number>();
  for (const { gi, pi } of pairs) {
    if (goldHit.has(gi) || predHit.has(pi)) continue;
    goldHit.set(gi, pi);
    predHit.add(pi);
  }
  p.forEach((ps, pi) => {
    if (predHit.has(pi)) return;
    if (g.some((o) => (o.optional || o.crosses_break) && overlap(ps, o) > 0)) return;
    t.fp++;
  });
  t.tp += goldHit.size;
  t.fn += required.length - goldHit.size;
  if (kind !== 'quote') return;
  for (const gs of required) if (gs.speaker) t.speakers++;
  for (const [gi, pi] of goldHit) {
    const want = squash(required[gi].speaker);
    const got = squash(p[pi].speaker);
    if (want && got && (want.includes(got) || got.includes(want))) t.speakersRight++;
  }
}

/** F1 of a kind's totals. */
export function f1(t: KindTotals): number {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
