/**
 * The text as the company rules read it: soft layout breaks removed, with a map back to the input.
 *
 * The input has one article block per line. A block that ends in the middle of a Chinese phrase (its
 * last character is an ideograph, not punctuation) continues in the next block, as print layouts cut
 * paragraphs anywhere (江苏科达斯特⏎⏎恩汽车科技股份有限公司). Rules run on the joined view, so a name
 * cut there is found whole; its span, mapped back, covers the break (GUIDELINE.md §4, layout breaks).
 */

/** The joined text and where its pieces sit in the input. */
export interface TextView {
  text: string;
  /** View offsets where a piece starts (ascending), and how far the input is ahead of the view there. */
  pieceStart: Int32Array | null;
  shift: Int32Array | null;
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

const CREDIT = /(?:供图|配图|资料图|摄)$/;

function isBlank(c: number): boolean {
  return c === 10 || c === 13 || c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

const LEGAL_HEAD = /^(?:有限|股份|集团|控股)/;

/** Builds the joined view of `text` (see the file comment); linear, and a no-op when nothing is joined. */
const BYLINE = /(?:记者|通讯员)\s|报道$/;

export function joinSoftBreaks(text: string): TextView {
  const cuts: number[] = []; // pairs [from, to) of break runs to drop
  let lineStart = 0; // start of the block that ends at the current break
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    // The break run: line breaks and blanks between two blocks.
    let from = i;
    while (from > lineStart && isBlank(text.charCodeAt(from - 1))) from--;
    let to = i;
    while (to < text.length && isBlank(text.charCodeAt(to))) to++;
    const blockStart = lineStart;
    lineStart = to;
    i = Math.max(i, to - 1);
    if (from === 0 || to >= text.length || from === blockStart) continue;
    if (!isHan(text.charCodeAt(to))) continue;
    // A name's bracketed region can end the block too (峰驰汽车（匈牙利）⏎⏎有限责任公司): then only a legal
    // suffix continues it.
    const last = text.charCodeAt(from - 1);
    if (!isHan(last) && !(last === 0xff09 && LEGAL_HEAD.test(text.slice(to, to + 2)))) continue;
    // Headings (Markdown '#') end without punctuation by nature: they never continue.
    if (text.charCodeAt(blockStart) === 35 /* # */) continue;
    // A photo caption ends in its credit (东方IC供图, 记者 张三 摄): complete without punctuation too.
    if (CREDIT.test(text.slice(Math.max(blockStart, from - 3), from))) continue;
    // …and so does a byline (明报记者 麦咏诗, 第一财经记者 邵景行 北京报道)
    if (
      from - blockStart <= 40 &&
      BYLINE.test(text.slice(blockStart, from)) &&
      !/[，。；：、]/.test(text.slice(blockStart, from))
    )
      continue;
    cuts.push(from, to);
  }
  if (!cuts.length) return { text, pieceStart: null, shift: null };
  const n = cuts.length / 2 + 1;
  const parts: string[] = [];
  const pieceStart = new Int32Array(n);
  const shift = new Int32Array(n);
  let viewAt = 0;
  let at = 0;
  for (let k = 0; k < n; k++) {
    const end = k < n - 1 ? cuts[2 * k] : text.length;
    pieceStart[k] = viewAt;
    shift[k] = at - viewAt;
    parts.push(text.slice(at, end));
    viewAt += end - at;
    if (k < n - 1) at = cuts[2 * k + 1];
  }
  return { text: parts.join(''), pieceStart, shift };
}

/** The input offset of view offset `i` (which lies in the piece found by binary search). */
function inputAt(view: TextView, i: number): number {
  const starts = view.pieceStart!;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return i + view.shift![lo];
}

/** Maps a half-open span of the view back to the input. */
export function toInput(view: TextView, start: number, end: number): [number, number] {
  if (!view.pieceStart) return [start, end];
  return [inputAt(view, start), inputAt(view, end - 1) + 1];
}

/** How often `word` occurs in `text`, counted up to `max` (a search need not read on once it knows enough). */
/** How often `word` starts in [from, to) of the text, up to `max`. */
export function countWithin(text: string, word: string, from: number, to: number, max: number): number {
  let n = 0;
  for (
    let at = text.indexOf(word, from);
    at >= 0 && at + word.length <= to && n < max;
    at = text.indexOf(word, at + word.length)
  )
    n++;
  return n;
}

/** How often `word` occurs in the whole text, up to `max`. */
export function countUpTo(text: string, word: string, max: number): number {
  return countWithin(text, word, 0, text.length, max);
}

/** 与 和 及 、 join names in a list. */
export function isJoiner(c: number): boolean {
  return c === 0x4e0e || c === 0x548c || c === 0x53ca || c === 0x3001;
}

/** Foreign countries that open a firm's description in Chinese news (德国埃马克, 希腊船东X, 爱尔兰的X). */
export const FOREIGN_COUNTRIES =
  '希腊|法国|德国|英国|美国|日本|韩国|爱尔兰|新加坡|瑞士|瑞典|荷兰|意大利|西班牙|加拿大|澳大利亚|挪威|丹麦|芬兰|比利时|以色列|印度|巴西|墨西哥|智利|印尼|泰国|越南|马来西亚';
const AFTER_COUNTRY = new RegExp(`(?:${FOREIGN_COUNTRIES})的?$`);

/** True when a foreign country (and 的) stands right before `start`. */
export function afterCountry(text: string, start: number): boolean {
  return AFTER_COUNTRY.test(text.slice(Math.max(0, start - 5), start));
}

const COUNTRY_INSIDE = new RegExp(`(?:${FOREIGN_COUNTRIES})的?(?=[\\u4e00-\\u9fff]{2,}$)`);

/** Where a name starts after a foreign country inside `phrase` (大多来自德国|埃马克 → 8), or 0 without one. */
export function countryInside(phrase: string): number {
  const m = COUNTRY_INSIDE.exec(phrase);
  return m ? m.index + m[0].length : 0;
}
