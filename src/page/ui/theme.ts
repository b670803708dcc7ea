/** Light or dark, for the in-page UI to match the page under it. */
export type Theme = 'light' | 'dark';

/** Parses a computed CSS colour (`rgb(…)` / `rgba(…)`, comma or space syntax) to [r, g, b, alpha]. */
export function parseRgb(colour: string): [number, number, number, number] | undefined {
  const m = colour.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/i);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Whether the page is dark where `start` is: the first mostly opaque background from `start` up
 * decides; with none, light text means a dark page, else the page's own colour scheme does.
 */
export function themeAt(start: Element | null, win: Window): Theme {
  const doc = win.document;
  try {
    for (let el: Element | null = start ?? doc.body; el; el = el.parentElement) {
      const bg = parseRgb(win.getComputedStyle(el).backgroundColor);
      if (bg && bg[3] >= 0.5) return luminance(bg[0], bg[1], bg[2]) < 0.3 ? 'dark' : 'light';
    }
    const text = parseRgb(win.getComputedStyle(doc.body ?? doc.documentElement).color);
    if (text && luminance(text[0], text[1], text[2]) > 0.6) return 'dark';
    const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
    // A page that opts into dark rendering gets a dark canvas when the reader prefers dark.
    if (/\bdark\b/.test(scheme) && win.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  } catch {
    // A page that broke getComputedStyle or matchMedia gets the light UI.
  }
  return 'light';
}
