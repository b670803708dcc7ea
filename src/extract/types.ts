/** The kinds of entity newsmark finds. */
export type Kind = 'figure' | 'quote' | 'company';

/** All kinds, in the order they are listed in the UI. */
export const KINDS: readonly Kind[] = ['figure', 'quote', 'company'];

/** A figure's normalised value (see GUIDELINE.md and issue 3). */
export interface FigureValue {
  /** A single quantity in base units (109.46亿元 → 10946000000; 92.09% → 0.9209). */
  number?: number;
  /** Range ends, in the same base units. */
  low?: number;
  high?: number;
  /** ISO 4217 code for money (CNY, USD, HKD…), `%`, `pp`, `bp`, or the unit / measure word (秒, 个月, 条). */
  unit?: string;
  /** ISO 8601 date or period, partial where the text is (2024, 2024-09-30, --12-10, 2024-Q3, 2024-H1). */
  date?: string;
}

/** One span found in the text: UTF-16 offsets, half-open, `text === input.slice(start, end)`. */
export interface Entity {
  kind: Kind;
  start: number;
  end: number;
  text: string;
  /** Quotes: who said it, as written in the article, without titles. */
  speaker?: string;
  /** Companies: the stock code as written (002600.SZ, NASDAQ: NVDA). */
  ticker?: string;
  /** Figures: the normalised value. */
  value?: FigureValue;
}

/** Options of `extract`. */
export interface ExtractOptions {
  /** Kinds to find (default: all). */
  kinds?: Kind[];
  /** Company names the reader watches; found as companies even when no rule or lexicon knows them. */
  watchlist?: string[];
}

/** What detectors share while one text is extracted (detectors run companies → figures → quotes). */
export interface ExtractContext {
  options: ExtractOptions;
  /** Companies found so far (filled before quotes run, so quotes can name organisations as speakers). */
  companies: Entity[];
}

/** A detector: one kind, one file (DESIGN.md convention 2). It must not throw for any input. */
export interface Detector {
  kind: Kind;
  detect(text: string, ctx: ExtractContext): Entity[];
}
