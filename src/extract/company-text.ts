/**
 * The text as the company rules read it: soft layout breaks removed, with a map back to the input.
 *
 * The input has one article block per line. A block that ends in the middle of a Chinese phrase (its
 * last character is an ideograph, not punctuation) continues in the next block, as print layouts cut
 * paragraphs anywhere (江苏科达斯特⏎⏎恩汽车科技股份有限公司). Rules run on the joined view, so a name
 * cut there is found whole; its span, mapped back, covers the break (GUIDELINE.md §4, layout breaks).
 */

/** The joined text and, for each of its UTF-16 units, the index of that unit in the input. */
export interface TextView {
  text: string;
  /** `map[i]` is the input index of `text[i]`; `null` when the view is the input itself. */
  map: Int32Array | null;
}

/** True for a CJK ideograph (BMP blocks; astral ideographs are rare in news and stay out). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** True for an ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True for an ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function isBlank(c: number): boolean {
  return c === 10 || c === 13 || c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

/** Builds the joined view of `text` (see the file comment); linear, and a no-op when nothing is joined. */
export function joinSoftBreaks(text: string): TextView {
  const cuts: number[] = []; // pairs [from, to) of break runs to drop
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length; i = text.indexOf('\n', i + 1)) {
    // The break run: line breaks and blanks between two blocks.
    let from = i;
    while (from > 0 && isBlank(text.charCodeAt(from - 1))) from--;
    let to = i;
    while (to < text.length && isBlank(text.charCodeAt(to))) to++;
    if (from === 0 || to >= text.length) continue;
    if (cuts.length && cuts[cuts.length - 1] >= to) continue; // same run as the previous newline
    if (!isHan(text.charCodeAt(from - 1)) || !isHan(text.charCodeAt(to))) continue;
    // Headings (Markdown '#') end without punctuation by nature: they never continue.
    let lineStart = from - 1;
    while (lineStart > 0 && !isBreak(text.charCodeAt(lineStart - 1))) lineStart--;
    if (text.charCodeAt(lineStart) === 35 /* # */) continue;
    cuts.push(from, to);
  }
  if (!cuts.length) return { text, map: null };
  const parts: string[] = [];
  const map = new Int32Array(text.length);
  let n = 0;
  let at = 0;
  for (let k = 0; k <= cuts.length; k += 2) {
    const end = k < cuts.length ? cuts[k] : text.length;
    parts.push(text.slice(at, end));
    for (let i = at; i < end; i++) map[n++] = i;
    if (k < cuts.length) at = cuts[k + 1];
  }
  return { text: parts.join(''), map: map.subarray(0, n) };
}

/** Maps a half-open span of the view back to the input. */
export function toInput(view: TextView, start: number, end: number): [number, number] {
  if (!view.map) return [start, end];
  return [view.map[start], view.map[end - 1] + 1];
}
