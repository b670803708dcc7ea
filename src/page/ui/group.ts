import { KINDS, type Kind } from '../../extract/types';
import type { PaintedEntity } from '../controller';

/** Quotes of one speaker, in reading order (speaker '' = not attributed). */
export interface SpeakerGroup {
  speaker: string;
  quotes: PaintedEntity[];
}

/** One company name with every mention of it. */
export interface CompanyGroup {
  name: string;
  ticker?: string;
  watched: boolean;
  mentions: PaintedEntity[];
}

/** What the legend panel lists, computed once per change of the entity list. */
export interface Legend {
  counts: Record<Kind, number>;
  figures: PaintedEntity[];
  /** Speakers in order of their first quote; unattributed quotes last. */
  speakers: SpeakerGroup[];
  /** Watched companies first, then by mentions, most first (ties in reading order). */
  companies: CompanyGroup[];
}

/** Groups the painted entities for the legend. */
export function buildLegend(entities: readonly PaintedEntity[]): Legend {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const figures: PaintedEntity[] = [];
  const speakers = new Map<string, PaintedEntity[]>();
  const companies = new Map<string, CompanyGroup>();
  for (const e of entities) {
    counts[e.kind] = (counts[e.kind] ?? 0) + 1;
    if (e.kind === 'figure') figures.push(e);
    else if (e.kind === 'quote') {
      const key = e.speaker?.trim() ?? '';
      const list = speakers.get(key);
      if (list) list.push(e);
      else speakers.set(key, [e]);
    } else if (e.kind === 'company') {
      // Latin names differ in case between mentions ("Nvidia", "NVIDIA"); they are one company.
      const key = e.text.trim().toLowerCase();
      const group = companies.get(key);
      if (group) {
        group.mentions.push(e);
        group.ticker ??= e.ticker;
        group.watched ||= !!e.watched;
      } else companies.set(key, { name: e.text.trim(), ticker: e.ticker, watched: !!e.watched, mentions: [e] });
    }
  }
  const speakerGroups = [...speakers].map(([speaker, quotes]) => ({ speaker, quotes }));
  speakerGroups.sort((a, b) => (a.speaker ? 0 : 1) - (b.speaker ? 0 : 1));
  const companyGroups = [...companies.values()];
  companyGroups.sort((a, b) => Number(b.watched) - Number(a.watched) || b.mentions.length - a.mentions.length);
  return { counts, figures, speakers: speakerGroups, companies: companyGroups };
}
