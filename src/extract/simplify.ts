import { TRADITIONAL_PAIRS } from './lexicon/traditional';

// Hong Kong and Taiwan news is written in traditional characters (6.68億元, 董事長表示, 騰訊控股). The rules
// and word lists are written once, in simplified characters; the text is read through a one-to-one
// character map instead, so every offset stays the same and the spans index the original text.

const LOW = 0x3400; // the table's traditional characters lie in CJK Unified Ideographs and Extension A
const HIGH = 0x9fff;
let table: Uint16Array | undefined;
// a Uint16Array holds its codes in the platform's byte order, which the decoder must be told
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function build(): Uint16Array {
  const simple = new Uint16Array(HIGH - LOW + 1);
  for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
    const c = TRADITIONAL_PAIRS.charCodeAt(i);
    if (c >= LOW && c <= HIGH) simple[c - LOW] = TRADITIONAL_PAIRS.charCodeAt(i + 1);
  }
  return simple;
}

/** `text` with its traditional characters (those the engine reads) made simplified; the same length. */
export function toSimplified(text: string): string {
  const simple = (table ??= build());
  // simplified and Latin text: one pass over the codes, no copy
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= LOW && c <= HIGH && simple[c - LOW] !== 0) {
      first = i;
      break;
    }
  }
  if (first < 0) return text;
  const codes = new Uint16Array(text.length - first);
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i - first] = (c >= LOW && c <= HIGH && simple[c - LOW]) || c;
  }
  // (ignoreBOM: a U+FEFF is text like any other here; a lone surrogate decodes to one U+FFFD, the same length)
  const decoder = new TextDecoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });
  return text.slice(0, first) + decoder.decode(codes);
}

/**
 * A name found in the simplified reading (`read`), written as the original text writes it: its
 * occurrence nearest before `at` (else the first after), taken from `text`; a name that stands nowhere whole (put
 * together from a short name and a title) is written character by character as the text nearby writes each.
 */
export function asWritten(name: string, read: string, text: string, at: number): string {
  if (read === text) return name;
  let i = read.lastIndexOf(name, at);
  if (i < 0) i = read.indexOf(name, at);
  if (i >= 0) return text.slice(i, i + name.length);
  // a name put together from parts (a short name and a title, a bracket left out): each character as written nearby
  const from = Math.max(0, at - 600);
  const near = read.slice(from, at + 100);
  let out = '';
  for (let k = 0; k < name.length; k++) {
    const j = near.lastIndexOf(name[k]);
    out += j >= 0 ? text[from + j] : name[k];
  }
  return out;
}
