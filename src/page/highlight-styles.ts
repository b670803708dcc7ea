import type { Kind } from '../extract/types';
import type { Colours } from '../settings/types';

/** Names of every highlight newsmark registers in `CSS.highlights` (DESIGN.md contract 2). */
export const HIGHLIGHT_NAMES = {
  figure: 'newsmark-figure',
  quote: 'newsmark-quote',
  company: 'newsmark-company',
  watch: 'newsmark-watch',
  note: 'newsmark-note',
  flash: 'newsmark-flash',
} as const;

/** A highlight layer newsmark paints (the three kinds, watched companies, notes, the scroll-to flash). */
export type Layer = keyof typeof HIGHLIGHT_NAMES;

/** Whether the article is dark text on a light background or the reverse. */
export type Tone = 'light' | 'dark';

// Overlaps resolve by priority: the innermost kind (a figure inside a quote) wins.
/** Highlight priority per layer (higher paints over lower). */
export const PRIORITY: Record<Layer, number> = { quote: 1, company: 2, watch: 3, figure: 4, note: 5, flash: 10 };

// ::highlight() accepts only color, background-color, text-decoration and text-shadow, so kinds differ by
// shape too, not by colour alone: figures a filled tint, quotes a dotted underline, companies a solid one.
function rules(c: Colours, tone: Tone): Record<Exclude<Layer, 'note'>, string> {
  const dark = tone === 'dark';
  const fill = (col: string, pct: number) => mix(col, dark ? pct + 12 : pct);
  // Lines are drawn in the full colour on light pages, lightened on dark ones so they stay visible.
  const line = (col: string) => (dark ? `color-mix(in srgb, ${col} 60%, white)` : col);
  return {
    figure: `background-color: ${fill(c.figure, 30)}; text-decoration: underline 1px ${line(c.figure)}; text-underline-offset: 3px;`,
    quote: `background-color: ${fill(c.quote, 7)}; text-decoration: underline dotted 2px ${line(c.quote)}; text-underline-offset: 4px;`,
    company: `background-color: ${fill(c.company, 12)}; text-decoration: underline solid 2px ${line(c.company)}; text-underline-offset: 3px;`,
    watch: `background-color: ${fill(c.watch, 32)}; text-decoration: underline double 3px ${line(c.watch)}; text-underline-offset: 3px;`,
    flash: `background-color: ${dark ? '#fab005' : '#ffe066'}; color: #000;`,
  };
}

/** A colour at `pct`% opacity (rgba for #hex so old browsers get it too; color-mix for other CSS colours). */
export function mix(colour: string, pct: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!hex) return `color-mix(in srgb, ${colour} ${pct}%, transparent)`;
  let h = hex[1];
  if (h.length === 3) h = h.replace(/./g, (x) => x + x);
  const n = parseInt(h, 16);
  return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${pct / 100})`;
}

/** The `::highlight()` rules for every visible layer (not `newsmark-note`: the notes layer styles its own). */
export function highlightCss(colours: Colours, tone: Tone, hidden: ReadonlySet<Layer> = new Set()): string {
  const r = rules(colours, tone);
  return (Object.keys(r) as Exclude<Layer, 'note'>[])
    .filter((l) => !hidden.has(l))
    .map((l) => `::highlight(${HIGHLIGHT_NAMES[l]}) { ${r[l]} }`)
    .join('\n');
}

/** The rules for the `<mark>` fallback: the same looks, and hidden kinds back to plain text. */
export function markCss(colours: Colours, tone: Tone, hidden: ReadonlySet<Layer> = new Set()): string {
  const r = rules(colours, tone);
  const sel = (l: Exclude<Layer, 'note'>) =>
    l === 'watch'
      ? 'mark[data-newsmark-watch]'
      : l === 'flash'
        ? 'mark[data-newsmark-flash]'
        : `mark[data-newsmark-kind="${l}"]`;
  const base = 'mark[data-newsmark-kind] { background: transparent; color: inherit; text-decoration: none; }';
  const shown = (['quote', 'company', 'watch', 'figure', 'flash'] as const).filter((l) => !hidden.has(l));
  return [base, ...shown.map((l) => `${sel(l)} { ${r[l]} }`)].join('\n');
}

/** The layers a kind is painted on. */
export function layersOf(kind: Kind, watched = false): Layer[] {
  return watched && kind === 'company' ? ['company', 'watch'] : [kind];
}

/** Guesses the article's tone from the computed colour of its text (light text means a dark page). */
export function toneOf(el: Element | undefined): Tone {
  try {
    const view = el?.ownerDocument.defaultView;
    if (!el || !view) return 'light';
    const rgb = /rgba?\((\d+)[ ,]+(\d+)[ ,]+(\d+)/.exec(view.getComputedStyle(el).color);
    if (!rgb) return 'light';
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b > 150 ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}
