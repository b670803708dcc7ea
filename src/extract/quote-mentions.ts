/**
 * Speaker mentions outside quotes (X表示 / 在X看来 / 首席分析师X / Jane Doe said), in reading order,
 * with pronouns resolved to the last named person (and "the company" to the last organisation), so
 * that quotes without an explicit attribution can take their speaker from context.
 */
import { QUOTE_TITLES } from './lexicon/quote-titles';
import { VERB_PATTERNS, zhVerbOk } from './quote-attribution';
import { enSpeakerAfter, enSpeakerBefore, zhSpeaker, type NameKind, type SpeakerName } from './quote-names';

/** A resolved mention of someone who speaks, at the position of its verb or name. */
export interface Mention {
  pos: number;
  name: string;
  kind: NameKind;
}

const ZH_VERB_RE = new RegExp(VERB_PATTERNS.zh, 'g');
const EN_VERB_RE = new RegExp(`\\b(?:${VERB_PATTERNS.en}|according to)\\b`, 'g');
const KANLAI_RE = /在([^在，。；：,;:！？!?\n“”「」]{1,20}?)看来/g;
const ZH_TITLES = QUOTE_TITLES.filter((t) => /\p{Script=Han}/u.test(t)).sort((a, b) => b.length - a.length);
const TITLE_NAME_RE = new RegExp(`(?:${ZH_TITLES.join('|')})(?=\\p{Script=Han})`, 'gu');
/** Verbs that introduce speech even without punctuation after them (X表示将…, X认为2025年…). */
const STRONG_ZH = /^(?:表示|指出|认为|透露|坦言|强调|直言|坦承|回应|告诉|称|说|写道|预测|判断)/;
const AFTER_NAME =
  /^(?:[，,。；;：:、（(\s“”]|在|向|对|表示|指出|认为|说|称|透露|坦言|强调|介绍|分析|告诉|回应|直言|补充|解释|提到|也|还|则|曾|等|和|与|及|就|于|是|的|看来)/;
/** Characters that (almost) never occur in a given name (after the surname): a title followed by them is not a name. */
const NOT_IN_NAMES =
  /[的了是在有与以来这那个们年月日期上下不也都就而及或等为被把将对从之其此该表示称说认所部门业务市场公司]/;
const NAME_CHARS = /^(?:\p{Script=Han}{1,4}·\p{Script=Han}{1,6}|\p{Script=Han}{2,3})/u;

/** Finds speaker mentions outside `isQuoted` ranges and resolves pronouns. Linear in the text length. */
export function scanMentions(text: string, names: ReadonlySet<string>, isQuoted: (pos: number) => boolean): Mention[] {
  const raw: { pos: number; s: SpeakerName }[] = [];
  const add = (pos: number, s: SpeakerName | undefined) => {
    if (s && !isQuoted(pos)) raw.push({ pos, s });
  };
  let lastEnd = -1;
  for (const m of text.matchAll(ZH_VERB_RE)) {
    const p = m.index;
    const end = p + m[0].length;
    // the second verb of 介绍说 / 补充道 is not a new attribution
    const adjacent = p === lastEnd;
    lastEnd = end;
    if (adjacent || !zhVerbOk(text, p, end)) continue;
    const next = text[end] ?? '';
    if (!STRONG_ZH.test(m[0]) && next && !/[，,：:。“"\s道说称]/.test(next)) continue;
    add(p, zhSpeaker(clauseBefore(text, p), names));
  }
  for (const m of text.matchAll(KANLAI_RE)) add(m.index, zhSpeaker(m[1], names));
  for (const m of text.matchAll(TITLE_NAME_RE)) {
    const at = m.index + m[0].length;
    const name = nameAt(text, at);
    if (name) add(at, { name, kind: 'person' });
  }
  for (const m of text.matchAll(EN_VERB_RE)) {
    const p = m.index;
    const lineStart = text.lastIndexOf('\n', p - 1) + 1;
    const before = text.slice(Math.max(lineStart, p - 150), p);
    const after = text.slice(p + m[0].length, Math.min(text.length, p + m[0].length + 120));
    // "…," said Jane Doe: the name follows the verb right after a closing mark
    if (m[0] === 'according to' || /["”’]\s*,?\s*$/.test(before)) add(p, enSpeakerAfter(after, names));
    else add(p, enSpeakerBefore(before, names));
  }
  raw.sort((a, b) => a.pos - b.pos);
  return resolve(raw);
}

/** Resolves pronouns and organisation anaphora to the last person / organisation named before them. */
function resolve(raw: { pos: number; s: SpeakerName }[]): Mention[] {
  const out: Mention[] = [];
  let person: string | undefined;
  let org: string | undefined;
  for (const { pos, s } of raw) {
    let name = s.name;
    let kind = s.kind;
    if (kind === 'pronoun' && person) [name, kind] = [person, 'person'];
    else if (kind === 'org-anaphor' && org) [name, kind] = [org, 'org'];
    if (kind === 'person') person = name;
    if (kind === 'org') org = name;
    out.push({ pos, name, kind });
  }
  return out;
}

/** The clause before position `p` (back to clause punctuation or a quotation mark, at most 40 chars). */
function clauseBefore(text: string, p: number): string {
  let s = p;
  while (s > 0 && p - s < 40 && !VERB_PATTERNS.zhBoundary.test(text[s - 1])) s--;
  return text.slice(s, p);
}

/** A Chinese personal name starting at `at` (2–3 characters, or a transliteration with ·), if one fits. */
function nameAt(text: string, at: number): string | undefined {
  const slice = text.slice(at, at + 12);
  const dotted = /^\p{Script=Han}{1,4}·\p{Script=Han}{1,6}/u.exec(slice);
  if (dotted && AFTER_NAME.test(slice.slice(dotted[0].length))) return dotted[0];
  if (!NAME_CHARS.test(slice) || NOT_IN_NAMES.test(slice[1])) return undefined;
  if (AFTER_NAME.test(slice.slice(2))) return slice.slice(0, 2);
  if (/^\p{Script=Han}{3}/u.test(slice) && !NOT_IN_NAMES.test(slice[2]) && AFTER_NAME.test(slice.slice(3)))
    return slice.slice(0, 3);
  return undefined;
}
