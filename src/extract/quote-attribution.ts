/**
 * Explicit attributions next to a quote (the first sieve, after Muzny et al. 2017): a clause ending
 * in a speech verb right before the opening mark (X表示：“…” / Jane Doe said, "…") or right after
 * the closing mark (“…”X指出 / "…," said Jane Doe / "…," she said).
 */
import { SPEECH_VERBS_EN } from './lexicon/speech-verbs-en';
import { SPEECH_VERBS_ZH } from './lexicon/speech-verbs-zh';
import { enSpeakerAfter, enSpeakerBefore, zhSpeaker, type SpeakerName } from './quote-names';
import type { MarkedSpan } from './quote-marks';

const byLength = (a: string, b: string) => b.length - a.length;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ZH_VERBS = [...SPEECH_VERBS_ZH].sort(byLength).map(esc).join('|');
const EN_VERBS = [...SPEECH_VERBS_EN].sort(byLength).map(esc).join('|');

/** A Chinese clause ending in a speech verb (optionally 道/说/称 after it: 补充道, 回复记者称). */
const ZH_VERB_END = new RegExp(`(?:${ZH_VERBS})(?:道|说|称)?$`);
/** Where a Chinese clause starts, looking back (sentence and clause punctuation, marks). */
const ZH_BOUNDARY = /[。！？；;!?\n，,：:“”「」『』]/;
/** Where a clause after a closing mark ends. */
const ZH_CLAUSE_END = /[。！？；;!?，,：:\n“”「」『』]/;
/** Characters that make 称/说/分析… part of another word (简称, 小说, 分析师). */
const ZH_NOT_BEFORE: Record<string, string> = {
  称: '简名号堪俗昵职人统通总尊声宣自笑',
  说: '小据听传游解演学劝胡',
  讲: '演开主宣听',
  分析: '据',
  介绍: '据',
  回答: '据',
};
const ZH_NOT_AFTER: Record<string, string> = { 称: '为之作号呼', 说: '明法服', 分析: '师人', 讲: '座话解' };

const EN_BEFORE = new RegExp(`\\b(?:${EN_VERBS})\\b(?:\\s[^,.:;!?"“”]{0,60})?\\s*[,:]\\s*$`);
const EN_AFTER_INVERTED = new RegExp(`^\\s*,?\\s*(?:${EN_VERBS})\\b`);
const EN_AFTER = new RegExp(`^\\s*,?\\s*([^.;:!?"“”]{1,100}?)\\s+(?:${EN_VERBS})\\b`);

/** An explicit attribution: who, and whether it came before or after the quote. */
export interface Attribution {
  speaker: SpeakerName;
  side: 'before' | 'after';
}

/** Whether the Chinese verb at text[start, end) is really a verb here (not 简称, 小说, 分析师). */
export function zhVerbOk(text: string, start: number, end: number): boolean {
  const verb = text.slice(start, end);
  const key = verb.length === 1 ? verb : verb.slice(0, 2);
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (ZH_NOT_BEFORE[key]?.includes(before) && before) return false;
  if (ZH_NOT_AFTER[key]?.includes(after) && after) return false;
  return true;
}

/** The attribution right before a quote's opening mark, if any. */
export function attributionBefore(text: string, q: MarkedSpan, names: ReadonlySet<string>): Attribution | undefined {
  let e = q.open;
  while (e > 0 && /[ \t\u3000：:，,]/.test(text[e - 1])) e--;
  let s = e;
  while (s > 0 && e - s < 80 && !ZH_BOUNDARY.test(text[s - 1])) s--;
  const clause = text.slice(s, e);
  const zh = ZH_VERB_END.exec(clause);
  if (zh && zhVerbOk(text, s + zh.index, e) && zh.index > 0) {
    const speaker = zhSpeaker(clause.slice(0, zh.index), names);
    if (speaker) return { speaker, side: 'before' };
  }
  const window = text.slice(Math.max(0, q.open - 200), q.open);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  const en = EN_BEFORE.exec(line);
  if (en && en.index > 0) {
    const speaker = enSpeakerBefore(line.slice(0, en.index), names);
    if (speaker) return { speaker, side: 'before' };
  }
  return undefined;
}

/** The attribution right after a quote's closing mark, if any. */
export function attributionAfter(text: string, q: MarkedSpan, names: ReadonlySet<string>): Attribution | undefined {
  const a = q.after;
  if (a >= text.length || text[a] === '\n') return undefined;
  let e = a;
  while (e < text.length && e - a < 60 && !ZH_CLAUSE_END.test(text[e])) e++;
  const clause = text.slice(a, e);
  const zh = ZH_VERB_END.exec(clause);
  if (zh && zh.index > 0 && zhVerbOk(text, a + zh.index, e)) {
    const speaker = zhSpeaker(clause.slice(0, zh.index), names);
    if (speaker) return { speaker, side: 'after' };
  }
  const window = text.slice(a, Math.min(text.length, a + 200));
  const line = window.split('\n')[0];
  const inverted = EN_AFTER_INVERTED.exec(line);
  if (inverted) {
    const speaker = enSpeakerAfter(line.slice(inverted[0].length), names);
    if (speaker) return { speaker, side: 'after' };
  }
  const en = EN_AFTER.exec(line);
  if (en) {
    const speaker = enSpeakerBefore(en[1], names);
    if (speaker) return { speaker, side: 'after' };
  }
  return undefined;
}

/** The speech-verb patterns, shared with the mention scan. */
export const VERB_PATTERNS = { zh: ZH_VERBS, en: EN_VERBS, zhBoundary: ZH_BOUNDARY };
