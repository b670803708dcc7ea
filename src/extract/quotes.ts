import {
  LEAD_PHRASE,
  ZH_VERBS,
  attributionAfter,
  attributionBefore,
  zhVerbEnd,
  zhVerbOk,
  type Attribution,
} from './quote-attribution';
import { isQuotation } from './quote-classify';
import { findMarkedSpans, type MarkedSpan } from './quote-marks';
import { lineIndex, type LineIndex } from './quote-lines';
import {
  BODY_ANAPHOR,
  nameGender,
  DEMONSTRATIVE_ROLE,
  REPORT,
  govBody,
  zhBody,
  lastBodyName,
  lastIndexBefore,
  mentionIndex,
  NOTICE_NAME,
  type Mention,
  type MentionIndex,
} from './quote-mentions';
import type { Detector, Entity, ExtractContext } from './types';
import { isHanCode } from './quote-words';
import { HONORIFICS, zhSpeaker } from './quote-names';
import { EN_ABBREV } from './quote-names-en';
import { givenNameGender } from './lexicon/given-names-en';

/**
 * Quote detection in three steps: pair the marks (quote-marks), keep the quotations among them
 * (quote-classify), then find each one's speaker with ordered sieves as in Muzny et al. (2017):
 * 1. an explicit attribution next to the marks (quote-attribution), pronouns resolved;
 * 2. a speaker of reported speech earlier in the same sentence (在他看来，…“…” / X said that … "…");
 * 3. the last speaker named earlier in the paragraph (including earlier quotes' speakers);
 * 4. for a quote opening its paragraph, the last speaker of the previous paragraph.
 */
export const quoteDetector: Detector = {
  kind: 'quote',
  detect(text: string, ctx: ExtractContext): Entity[] {
    return detectQuotes(text, ctx.companies);
  },
};

/** An earlier quote's speaker, as context for the next quotes. */
interface QuoteSpeaker {
  pos: number;
  line: number;
  speaker: string;
  /** Where the quote's marks close (its last span's end). */
  end: number;
}

interface Group {
  spans: MarkedSpan[];
  attribution?: Attribution;
  speaker?: string;
}

const NAMED_AFTER = /^\s+(?:[A-Z][\w.'’-]*\s){1,3}(?:said|says|added|told)\b/;

/** Finds quotes with their speakers (GUIDELINE.md §3). Linear in the text length; never throws. */
export function detectQuotes(text: string, companies: readonly Entity[] = []): Entity[] {
  const spans = findMarkedSpans(text);
  if (!spans.length) return [];
  const names = new Set(companies.map((c) => c.text));
  const lines = lineIndex(text);
  const groups = groupSpans(spans);
  const kept: Group[] = [];
  for (const g of groups) {
    const first = g.spans[0];
    const last = g.spans[g.spans.length - 1];
    // ("…who “buy gold through equities,” Halloran said": a fragment that a name and its verb follow is theirs)
    const namedAfter =
      /^[a-z]/.test(text[first.start] ?? '') &&
      text[last.end - 1] === ',' &&
      NAMED_AFTER.test(text.slice(last.after, last.after + 60));
    g.attribution = namedAfter
      ? (attributionAfter(text, last, names) ?? attributionBefore(text, first, names))
      : (attributionBefore(text, first, names) ?? attributionAfter(text, last, names));
    const inner = g.spans.map((s) => text.slice(s.start, s.end)).join('\n');
    const lineStart = lines.start(lines.lineOf(first.open));
    const lineEnd = lines.end(lines.lineOf(last.after));
    const quotation = isQuotation({
      inner,
      before: text.slice(Math.max(lineStart, first.open - 40), first.open),
      after: text.slice(last.after, Math.min(lineEnd, last.after + 32)),
      listed:
        listedBefore(text, last.after) ||
        /[”」"]\s*[、，,]?\s*$/.test(text.slice(Math.max(lineStart, first.open - 3), first.open)),
      attributed: g.attribution !== undefined,
      reported: () => reportedSpeech(text, first.open, lineStart) || reportedSpeechEn(text, first.open, lineStart),
      isCompany: names.has(inner.trim()),
    });
    if (quotation) kept.push(g);
  }
  // mentions are looked for outside every pair of marks (terms included): words in marks are not attributions
  const sorted = [...companies].sort((a, b) => a.start - b.start);
  const index = mentionIndex(text, lines, sorted, names, insideAny(spans));
  assignSpeakers(text, kept, index, lines, names);
  const out: Entity[] = [];
  const aliases = new Map<string, string>();
  for (const g of kept) {
    for (const s of g.spans) {
      const e: Entity = { kind: 'quote', start: s.start, end: s.end, text: text.slice(s.start, s.end) };
      if (g.speaker) e.speaker = withAlias(text, g.speaker, aliases);
      out.push(e);
    }
  }
  return out;
}

function groupSpans(spans: MarkedSpan[]): Group[] {
  const groups: Group[] = [];
  for (const s of spans) {
    const last = groups[groups.length - 1];
    if (last && last.spans[0].group === s.group) last.spans.push(s);
    else groups.push({ spans: [s] });
  }
  return groups;
}

/** A position test against sorted, disjoint spans (checked in increasing order of position). */
function insideAny(spans: MarkedSpan[]): (pos: number) => boolean {
  return (pos) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < spans[mid].open) hi = mid - 1;
      else if (pos >= spans[mid].after) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

const SENTENCE_END = /[。！？!?.”」"：:]/;

/** True when a speech verb comes earlier in the sentence that a quote at `open` is part of (X表示，…“…”). */
const CLAUSE_OPENS = /(?:[，,]|[，,][并还也且])$/;
function reportedSpeech(text: string, open: number, lineStart: number): boolean {
  // A paragraph broken mid-sentence (…目标不是扭亏，而是⏎⏎“把现金流守住”) goes on with the sentence before the break.
  let from = lineStart;
  let p = lineStart;
  while (p > 0 && p > lineStart - 4 && /\s/.test(text[p - 1])) p--;
  if (p < lineStart && p > 0 && !/\s/.test(text.slice(lineStart, open)) && !SENTENCE_END.test(text[p - 1])) from = 0;
  let s = open;
  for (let c = text.charCodeAt(s - 1); s > from && open - s < 150; c = text.charCodeAt(--s - 1))
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63) break;
  // 在公告中将原因归结为“…”: a document quoted is written speech
  let found = DOCUMENT.test(text.slice(s, open));
  // (or by the subject of the quoted words alone: 并表示渠道库存“仍处于合理水平”)
  ZH_VERBS.scan(text, s, open, (p, verb) => {
    const end = p + verb.length;
    found ||=
      text[p - 1] !== '的' &&
      zhVerbOk(text, p, end) &&
      ('，,：:'.includes(text[end]) ||
        // (or opening its clause, with what was said running on to the marks: …致函保薦人，指部分上市申請文件質素「…」)
        // (or after 并/还/也 joining it to the clause before: …，并表示欧洲市场的库存水平「…」)
        ((open - end <= 6 || (open - end <= 24 && CLAUSE_OPENS.test(text.slice(Math.max(0, p - 2), p)))) &&
          /^[\u4e00-\u9fff]+$/.test(text.slice(end, open))));
  });
  return found;
}

const EN_SPEECH_VERB =
  /\b(?:said|says|acknowledged|acknowledges|admitted|warned|argued|noted|added|insisted|conceded|claimed|stressed|told|wrote|writes|explained|cautioned|complained|described|called|phrase|words|put it|according to)\b/;

/**
 * True when the sentence of a quote at `open` reports speech (Mozilla acknowledged that this is "…", in
 * economist X's phrase, "…", and that X had warned of it).
 */
function reportedSpeechEn(text: string, open: number, lineStart: number): boolean {
  let s = open;
  // (a point inside a number, $1.2 trillion, or after an abbreviation, a U.S. bank, ends no sentence)
  while (s > lineStart && open - s < 320) {
    const c = text[s - 1];
    if (c === '!' || c === '?') break;
    if (c === '.' && /\s/.test(text[s]) && !EN_ABBREV.test(text.slice(Math.max(lineStart, s - 6), s))) break;
    s--;
  }
  let e = text.indexOf(open < text.length && text[open] === '"' ? '"' : '”', open + 1);
  if (e < 0) e = open;
  let f = e + 1;
  while (f < text.length && f - e < 200 && !/[.!?\n]/.test(text[f])) f++;
  return EN_SPEECH_VERB.test(text.slice(s, open)) || EN_SPEECH_VERB.test(text.slice(e + 1, f));
}

// A pronoun and its verb between the two parts of a split quote (“…，”她说，“…”; 」他停顿了一下再补充，「).
const PRONOUN_BETWEEN = /^\s*[他她](?:[^，。“”「」\n]{0,10}?(?:说|表示|补充|称|指出|坦言|解释))?[道说]?[，,：:]\s*$/;
/** The speaker of the first part of a split quote whose second part opens at `open`, where a pronoun joins them. */
function splitQuoteSpeaker(text: string, open: number, last: QuoteSpeaker | undefined): string | undefined {
  if (!last || open - last.end > 12 || !'，,'.includes(text[last.end - 2] ?? '')) return undefined;
  return PRONOUN_BETWEEN.test(text.slice(last.end, open)) ? last.speaker : undefined;
}

/** Runs the sieves in reading order, so earlier quotes' speakers are context for later ones. */
function assignSpeakers(
  text: string,
  groups: Group[],
  index: MentionIndex,
  lines: LineIndex,
  names: ReadonlySet<string>,
): void {
  let lastQuote: QuoteSpeaker | undefined;
  const spoken: string[] = [];
  for (const g of groups) {
    const open = g.spans[0].open;
    const line = lines.lineOf(open);
    const lineStart = lines.start(line);
    // a pronoun (…”他说) stands first for the subject of the sentence right before the quote (孙启明并不认同。“…”他说)
    const pronoun = g.attribution?.speaker.kind === 'pronoun' && /^[他她]$/.test(g.attribution.speaker.name);
    // (the second part of a split quote, “…，”她说，“…” or 」他停顿了一下再补充，「, is the first part's speaker's)
    let previous = /^[他她](?!们)/.test(g.attribution?.speaker.name ?? '')
      ? splitQuoteSpeaker(text, open, lastQuote)
      : undefined;
    // (他/她 is a person: not a firm that opens the sentence before, 沈若琳表示，康瀚健康已…。“…”她说)
    if (pronoun && !previous) {
      const before = previousSubject(text, open, lineStart, index, names, spoken);
      previous = before && names.has(before) ? undefined : before;
    }
    let speaker = previous ?? paragraphPerson(text, g, lineStart) ?? explicitSpeaker(text, g, index, spoken);
    speaker ??= continuedAfterAttribution(text, open, line, lastQuote);
    speaker ??= continuedInSentence(text, open, line, lastQuote);
    speaker ??=
      sentenceSpeaker(text, open, lineStart, index.inLine(line), index, lastQuote) ??
      elidedSubject(text, open, index, names);
    // (computed once: a pronoun's quote asked for it above)
    speaker ??= pronoun ? previous : previousSubject(text, open, lineStart, index, names, spoken);
    speaker ??= previousPronounEn(text, open, lineStart, index, names);
    speaker ??= lastInLine(text, index, line, open, lastQuote);
    if (!speaker && line > 0) {
      // a paragraph cut by the layout mid-sentence (他估计，若…，⏎⏎全部…，“…”): the sentence began in the one before
      const k = endBeforePhoto(text, lines, line);
      const last = text.charCodeAt(k);
      // (or cut with no mark at all: 据其介绍，持有人内部的诉求并⏎⏎不一致：“…”)
      if (last === 0xff0c || last === 44 || isHanCode(last))
        speaker = lastInLine(text, index, lines.lineOf(k), k, lastQuote);
    }
    speaker ??= clueSpeaker(text, g, lineStart, index, names);
    if (!speaker && !text.slice(lineStart, open).trim()) {
      // a quote opening its paragraph: who the paragraph before has say it with a colon (…方向说：⏎⏎“…”); else, without
      // attribution, the person the next paragraph names as having said it (“…”⏎⏎说这句话的，是董事长卢柏川。), else the
      // previous paragraph's last speaker
      speaker = colonBefore(text, lineStart, names);
      const said = speaker ? null : SAID_NEXT.exec(text.slice(lines.end(line), lines.end(line) + 60));
      if (said) speaker = zhSpeaker(said[1], names)?.name;
      // (or the person the sentence after it introduces, as a story's opening does: “…。”11月18日上午，…，62岁的王女士刚做完复查)
      const last = g.spans[g.spans.length - 1];
      if (!speaker && /[。！？!?]$/.test(text.slice(last.start, last.end)))
        speaker = LEDE_PERSON.exec(text.slice(last.after, Math.min(lines.end(line), last.after + 60)))?.[1];
      // (or the person named in the sentence after it that ends with a verb of saying: “…。”在…商场里，白领陈思远…，
      // 忍不住向记者吐槽。)
      if (!speaker && /[。！？!?]$/.test(text.slice(last.start, last.end))) {
        const end = text.indexOf('。', last.after);
        if (end > last.after && end - last.after < 90 && NEXT_SAYS.test(text.slice(last.after, end)))
          speaker = index.inLine(line).find((m) => m.kind === 'person' && m.pos >= last.after && m.pos < end)?.name;
      }
      const previous = lines.previousNonBlank(line);
      if (!speaker && previous >= 0) speaker = lastInLine(text, index, previous, lines.end(previous), lastQuote);
      // ... or the person that paragraph is about, when it opens with a pronoun (She also said …).
      const pronoun =
        previous >= 0 ? PARAGRAPH_PRONOUN.exec(text.slice(lines.start(previous), lines.start(previous) + 4)) : null;
      if (!speaker && pronoun) speaker = index.lastNamed(lines.start(previous), 'person', false, pronoun[0]);
    }
    const head = speaker ? BARE_BODY.exec(speaker) : null;
    if (head) speaker = fullBodyName(text, open, head[1]) ?? speaker;
    // 该公司发言人: the spokesperson of the company named last (香港航空方面，该公司发言人表示)
    const of = speaker ? OF_THE_FIRM.exec(speaker) : null;
    const firm = of ? index.lastNamed(open, 'org') : undefined;
    if (firm) speaker = firm + speaker!.slice(of![0].length);
    if (speaker) speaker = introduced(text, open, tidySpeaker(speaker, names));
    if (speaker) {
      g.speaker = speaker;
      spoken.push(speaker);
      lastQuote = { pos: open, line, speaker, end: g.spans[g.spans.length - 1].after };
    }
  }
}

// An inverted English attribution right after a quote's marks ("…," said Paolo Conti, an analyst at Equita SIM.).
const INVERTED_SAID = /^[,.]?["”]?\s+(?:said|says|added|adds|told|wrote|explained|noted)\s/;
// …or a name then the verb ("…," Albuquerque told analysts on a call, according to a recording.)
// (with an apposition between: "…," Hiroshi Tanabe, president of …, Asahi Breweries Ltd., told reporters.)
const NAMED_SAID =
  /^[,.]?["”]?\s+(?:[A-Z][\w.'’-]*\s){1,3}(?:said|says|added|adds|told|wrote|explained|noted)\s|^[,.]?["”]?\s+(?:[A-Z][\w.'’-]*\s){1,2}[A-Z][\w'’-]*, [^"“”]{0,120}?\b(?:said|says|added|told|wrote|explained|noted)\s/;

/**
 * A quote that opens the sentence right after the last quote's own attribution sentence, in the same paragraph
 * ("…," said Paolo Conti, an analyst at Equita SIM. "The risk is execution."): the same person goes on, not the firm
 * the attribution names.
 */
function continuedAfterAttribution(
  text: string,
  open: number,
  line: number,
  last: QuoteSpeaker | undefined,
): string | undefined {
  if (!last || last.line !== line || last.end > open || open - last.end > 300) return undefined;
  const between = text.slice(last.end - 1, open);
  if (!(INVERTED_SAID.test(between) || NAMED_SAID.test(between)) || !between.includes(last.speaker)) return undefined;
  // one sentence only: it ends right before the quote, and no other sentence ends inside it
  const inner = between.trimEnd();
  return /[.!?]$/.test(inner) && !/[.!?]\s+[A-Z"“]/.test(inner) ? last.speaker : undefined;
}

/**
 * A quoted fragment the same English sentence adds after the last quote, with no new subject or verb of speech
 * between (X said its models were "…" and that clients "…"): the same speaker.
 */
function continuedInSentence(
  text: string,
  open: number,
  line: number,
  last: QuoteSpeaker | undefined,
): string | undefined {
  if (!last || last.line !== line || last.end > open || open - last.end > 100) return undefined;
  const between = text.slice(last.end, open);
  return /^[^.!?"“”A-Z]*\b(?:and|but|while|adding|saying)\b[^.!?"“”A-Z]*$/.test(between) &&
    !EN_SPEECH_VERB.test(between)
    ? last.speaker
    : undefined;
}

/**
 * she/he right after a quote in a paragraph that opens with a person's full name (Melissa Goh, speaking at …, was
 * asked …. "…," she said): that person, when the given name does not tell another gender.
 */
function paragraphPerson(text: string, g: Group, lineStart: number): string | undefined {
  const a = g.attribution;
  if (!a || a.side !== 'after' || !/^(?:she|he)$/i.test(a.speaker.name)) return undefined;
  const opener = PARAGRAPH_NAME.exec(text.slice(lineStart, g.spans[0].open));
  // (a preposition opening the paragraph heads a phrase, not a name: For Carrow, the sale marks …)
  if (!opener || OPENING_WORD.test(opener[1])) return undefined;
  const gender = nameGender(opener[1]);
  return !gender || gender === (/^she$/i.test(a.speaker.name) ? 'f' : 'm') ? opener[1] : undefined;
}
const PARAGRAPH_NAME = /^((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+), [^"“]*$/;
const OPENING_WORD =
  /^(?:For|In|At|On|As|By|With|After|Before|From|To|Under|Over|Despite|Since|While|When|If|But|And|The|Unlike|Like|For now|Meanwhile|Still|Yet|So|Then|Now)\b/;

// A photo's credit, on its own line or ending its caption (视觉中国/图, 图/IC photo, （记者 张三 摄）, 新华社发).
const PHOTO_CREDIT =
  /(?:^|[。）)\s])(?:[^\s，。]{1,12}\/(?:图|摄)|(?:图|摄影?)[/：:][^\s，。]{1,12}|[（(][^）)]{1,16}摄[）)]|新华社发|[^\s，。]{1,10}供图)$/;

/**
 * The last character of the block before line `line`, past a photo the layout put inside a cut sentence (…公司并购的医院⏎⏎
 * [caption]⏎⏎视觉中国/图⏎⏎中，有两家…): the caption and its credit are skipped.
 */
function endBeforePhoto(text: string, lines: LineIndex, line: number): number {
  const lastChar = (k: number) => {
    while (k > 0 && (text.charCodeAt(k) <= 32 || text.charCodeAt(k) === 0x3000)) k--;
    return k;
  };
  const k = lastChar(lines.start(line) - 1);
  const credit = lines.lineOf(k);
  const block = text.slice(lines.start(credit), k + 1).trim();
  if (credit === 0 || block.length > 120 || !PHOTO_CREDIT.test(block)) return k;
  // a credit alone on its line follows its caption: skip both
  const caption = PHOTO_CREDIT.exec(block)!.index === 0 ? lines.previousNonBlank(credit) : credit;
  const before = caption > 0 ? lines.previousNonBlank(caption) : -1;
  return before >= 0 ? lastChar(lines.end(before)) : k;
}

const BODY_SUBJECT_BEFORE =
  /(?:^|[.!?]["”]?\s+|\n)(the (?:central bank|ministry|regulator|agency|commission|authority|department|bureau|watchdog))\b[^.!?\n"“”]*[.!?]\s*$/i;
const THE_SOURCE =
  /^the (?:person|source|official|executive|banker|shareholder|investor|insider|importer|exporter|franchisee|trader|dealer|supplier|shipper|analyst|manager|owner|buyer|seller|spokesperson|spokesman|spokeswoman|lender|veterinarian)$/;

/** The speaker an attribution next to the marks names, its pronoun or anaphor resolved (undefined when unresolved). */
function explicitSpeaker(text: string, g: Group, index: MentionIndex, spoken: readonly string[]): string | undefined {
  const a = g.attribution?.speaker;
  if (!a) return undefined;
  const open = g.spans[0].open;
  // A pronoun or anaphor before the quote stands for someone named before it, not between it and the quote
  // (It added that Valtera's management had "…": not Valtera).
  const before = g.attribution!.side === 'before' ? text.lastIndexOf(a.name, open) : -1;
  const at = before >= 0 && open - before < 300 ? before : open;
  // an unresolved pronoun is no speaker: the context sieves may still find one
  if (a.kind === 'pronoun')
    return sameRole(a.name, spoken) ?? introducedZh(text, at, a.name) ?? index.lastNamed(at, 'person', false, a.name);
  if (a.kind === 'org-anaphor') {
    // a body ("the association said") not found by its name leaves the quote to the context sieves: the last
    // company is no body
    if (BODY_ANAPHOR.test(a.name)) return index.resolve({ pos: at, name: a.name, kind: 'org-anaphor' });
    // a notice: whoever issued it just before (国家医保局发布通知…。通知明确：“…”), else the last company
    if (NOTICE_NAME.test(a.name)) return index.resolve({ pos: at, name: a.name, kind: 'org-anaphor' });
    // "the agency said" after a rating: the rating agency named last, not the company it rated
    if (/^the (?:rating |ratings |credit )?agency$/i.test(a.name)) {
      const agency = lastMatchBefore(text, at, 1500, RATING_AGENCY);
      if (agency) return agency;
    }
    // "The group" right after an association named since the last company: the association (… president of the Toy
    // Association, said … The group has asked …, arguing that …)
    if (/^the group$/i.test(a.name)) {
      const body = lastBodyName(text, at, 400, (n) => BODY_KIND.test(n), true);
      const firm = body ? index.lastNamed(at, 'org') : undefined;
      // (a firm that only read the group's letter is no antecedent: which was reviewed by Reuters, the group said)
      const firmAt = firm ? text.lastIndexOf(firm, at) : -1;
      const reader = firmAt > 0 && READ_BY.test(text.slice(Math.max(0, firmAt - 16), firmAt));
      // (nor one inside the sentence the body is the subject of: The Coalition …, a group that represents 70% of
      // Hollis franchisees, sent a letter …)
      const bodyAt = body ? text.lastIndexOf(body, at) : -1;
      const bodySentenceEnd = bodyAt >= 0 ? text.slice(bodyAt, at).search(/[.!?]\s/) : -1;
      const inBodySentence = bodySentenceEnd >= 0 && firmAt > bodyAt && firmAt < bodyAt + bodySentenceEnd;
      if (body && (!firm || reader || inBodySentence || bodyAt > firmAt)) return body;
    }
    // "the ministry said": the ministry named before, not the last company
    const gov = govBody(text, a.name, at) ?? zhBody(text, a.name, at);
    if (gov) return gov;
    // 该行: the bank named or described last (一家东北农商行…，但该行公告称“…”), not the last company
    const bank = a.name === '该行' ? lastMatchBefore(text, at, 300, BANK_MENTION) : undefined;
    if (bank) return bank;
    // (a public body not found is no company either: the commission, the ministry)
    if (PUBLIC_ANAPHOR.test(a.name)) return undefined;
    // "it said" right after a sentence whose subject is a public body by its kind (The central bank has said …. "…,"
    // it said): that body, named before
    if (/^it$/i.test(a.name)) {
      const subject = BODY_SUBJECT_BEFORE.exec(text.slice(Math.max(0, open - 400), open));
      const named = subject ? govBody(text, subject[1], open) : undefined;
      if (named) return named;
    }
    // "It said" right after a sentence about a body (Nasscom, the industry's trade body, estimates …)
    const body = /^it$/i.test(a.name) ? lastBodyName(text, at, 200) : undefined;
    // 公司表示 with no company named before: the speaker as written is still informative ("it" is not)
    return (
      body ??
      index.lastNamed(
        at,
        'org',
        REPORT.test(a.name),
        undefined,
        /^(?:招股书|招股说明书)$/.test(a.name) ? 'prospectus' : FIRM_ANAPHOR.test(a.name),
      ) ??
      (/^(?:it|函)$/i.test(a.name) ? undefined : a.name)
    );
  }
  // "the person said": the unnamed person the paragraph before introduced (One large Swiss shareholder, who …, said …)
  if (a.kind === 'person' && THE_SOURCE.test(a.name)) return index.lastUnnamed(at) ?? a.name;
  // 这位老板, 该研究员: the person introduced with that role before (一位连锁烟酒店老板向记者出示…), else as written
  // (a bare 发言人 too: the spokesperson named with a body just before, 運輸及物流局發言人回應指…。「…」發言人說)
  const role = a.kind === 'person' ? (DEMONSTRATIVE_ROLE.exec(a.name)?.[1] ?? BARE_ROLE.exec(a.name)?.[0]) : undefined;
  if (role) return sameRole(a.name, spoken) ?? index.lastWithRole(at, role) ?? a.name;
  if (a.kind === 'person') index.noteSpeaker(a.name, open);
  return a.name;
}

/** The last match of the global `pattern` in the `span` characters before `pos`. */
function lastMatchBefore(text: string, pos: number, span: number, pattern: RegExp): string | undefined {
  let last: string | undefined;
  for (const m of text.slice(Math.max(0, pos - span), pos).matchAll(pattern)) last = m[0];
  return last;
}

/** A bank named or described (一家东北农商行, 该市某城商行), looked for in the 300 characters before 该行. */
const BANK_MENTION = /(?:一家|这家|某)?[\u4e00-\u9fff]{0,6}?(?:农商银行|农商行|城商行|银行)(?![卡间业])/g;

const READ_BY = /\b(?:reviewed|seen|obtained|viewed|read) by $/;
const BODY_KIND =
  /\b(?:Association|Federation|Union|Council|Institute|Chamber|Coalition|Alliance|Society|Confederation|Guild)\b/;
const BARE_ROLE = /^(?:发言人|新闻发言人)$/;
const PUBLIC_ANAPHOR = /^the (?:commission|ministry|authority|bureau|watchdog|regulator|central bank)$/i;

/** A rating agency's name, looked for in the 1,500 characters before "the agency said". */
const RATING_AGENCY =
  /\b(?:Moody['’]s(?: Ratings| Investors Service)?|Fitch(?: Ratings)?|S&P Global Ratings|S&P|Standard & Poor['’]s)/g;

/**
 * Clues around a quote that no attribution or mention names (Chinese reporting's shapes): the scene and who spoke
 * after a whole quoted sentence (“…？”1月8日上午，在…，王女士对记者说。), the person a question was put to (有记者问
 * 韦承宗，…。“…”), a firm giving its reasons (理由是“…”), the person the quote's own paragraph opens with (不过，他…).
 */
function clueSpeaker(
  text: string,
  g: Group,
  lineStart: number,
  index: MentionIndex,
  names: ReadonlySet<string>,
): string | undefined {
  const open = g.spans[0].open;
  const last = g.spans[g.spans.length - 1];
  if ('。！？!?'.includes(text[last.end - 1] ?? '')) {
    const after = text.slice(last.after, last.after + 160);
    const next =
      SAID_AFTER_SCENE.exec(after) ??
      SAID_WHILE_DOING.exec(after) ??
      SAID_SO.exec(after) ??
      // (a paragraph that opens with the words, then the occasion and who spoke: “…。”在…说明会上，X董事长Y表示，…)
      (open <= lineStart ? SAID_AT_EVENT.exec(after) : null);
    const who = next ? zhSpeaker(next[1], names)?.name : undefined;
    if (who) return who;
    // …or shows something right after it (“…。”在无锡经营加工厂的周先生把一沓汇票摊在桌上): the one who acts said it
    const actor = ACTOR_AFTER.exec(text.slice(last.after, last.after + 60));
    const acting = actor ? zhSpeaker(actor[1], names) : undefined;
    if (acting?.kind === 'person') return acting.name;
  }
  if (open <= lineStart) return undefined;
  const asked = ASKED.exec(text.slice(Math.max(lineStart, open - 160), open));
  if (asked) {
    const who = zhSpeaker(asked[1], names)?.name;
    if (who) return who;
  } else if (REASON_BEFORE.test(text.slice(Math.max(lineStart, open - 6), open))) {
    // the last firm named, in the same sentence
    const firm = index.lastNamed(open, 'org');
    const sentence = text.slice(lineStart, open);
    const from = Math.max(sentence.lastIndexOf('。'), sentence.lastIndexOf('！'), sentence.lastIndexOf('？'));
    if (firm && sentence.slice(from + 1).includes(firm)) return firm;
  }
  const own = PARAGRAPH_SUBJECT.exec(text.slice(lineStart, Math.min(open, lineStart + 8)));
  return own ? index.lastNamed(lineStart, 'person', false, own[1] ?? own[2]) : undefined;
}

/**
 * Whether the quote closing at `after` stands before another in a list (“A”、“B”). After a comma the next one must
 * be a term too: “先把网络铺起来、把场景跑通”，“短期算经济账不一定划算，…” is a phrase and then the rest of the speech.
 */
function listedBefore(text: string, after: number): boolean {
  // (or 和/与/及 between two terms: 增加了“资源综合利用率”和“生态修复保证金”等考核条件)
  const m = /^\s*([、，,和与及或]?)\s*[“「"]/.exec(text.slice(after, after + 3));
  if (!m) return false;
  if (m[1] === '、' || m[1] === '') return true;
  const open = after + m[0].length;
  const close = text.slice(open, open + 60).search(/[”」"]/);
  return close >= 0 && !/[，。！？,!?]/.test(text.slice(open, open + close));
}

// A person by an honorific in the sentence right after a quote (…，62岁的王女士刚做完术后复查。)
const LEDE_PERSON =
  /^[^。！？\n“”「」]{0,40}?(?<![\u4e00-\u9fff])(?:\d{1,3}岁的)?([\u4e00-\u9fff](?:女士|先生|阿姨|大爷|大妈|师傅))(?!们)/;
const NEXT_SAYS = /(?:吐槽|感叹|抱怨|坦言|说|表示|说道|开门见山|直言|笑言|直言不讳)$/;
const SAID_NEXT = /^\s*说这(?:句|番|些)?话的[，,]?是([^，。；\n]{2,30})[。，；]/;

// English personal pronouns: never a speaker's name (they resolve to one, or the quote keeps none).
const EN_PRONOUN = /^(?:I|we|you|they|us|them|it|he|she|him|her)$/i;

/** The speaker as a name: no possessive (Tyler Cowen’s phrase → Tyler Cowen), no bare pronoun (We asked …). */
// "the person said" after "according to a person familiar with the matter": the source as first introduced
// (any role noun: the negotiator after "a union negotiator who asked not to be named")
const DEFINITE_SOURCE = /^the ((?:[a-z-]+ )?[a-z]{4,})$/i;

// (a person: One of the people familiar with the matter, One member of the group)
const PERSON_INTRO = "[Oo]ne of (?:the )?people\\b|[Oo]ne member of (?:the |a )?[\\w'’-]+|";

/** The speaker as the article introduced an unnamed source (a person familiar with the matter), for "the person". */
// An unnamed source opening a sentence, then an aside or its verb (A former Harbourline category manager, who …)
const UNNAMED_OPENER =
  /(?:^|[.!?]["”]?\s+|\n)((?:A|An|One) (?:[\w'’-]+ ){0,4}(?:manager|executive|employee|official|banker|analyst|investor|trader|lawyer|adviser|advisor|supplier|director|worker|insider|consultant|engineer|buyer|dealer))(?=,| who\b| said\b)/g;

function introduced(text: string, open: number, speaker: string | undefined): string | undefined {
  const noun = speaker ? DEFINITE_SOURCE.exec(speaker)?.[1].toLowerCase() : undefined;
  if (!noun) return speaker;
  const window = text.slice(Math.max(0, open - 3000), open);
  const intro = new RegExp(
    // (or one of several: One of the creditors' advisers)
    `\\b(?:[Oo]ne of (?:the |its |their )?(?:[\\w'’-]+ ){0,2}${noun}s\\b|${noun === 'person' ? PERSON_INTRO : ''}(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ther) (?:[\\w'’-]+ ){0,3}${noun})(?: (?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in|at|from|of)(?: (?!said\\b|says\\b|told\\b|who\\b)[^\\s,.;"“]+){1,7})?`,
    'g',
  );
  let last: string | undefined;
  for (let m = intro.exec(window); m; m = intro.exec(window)) last = m[0];
  // (the former executive after "A former Crestline executive": the noun alone, the adjective anywhere before it)
  if (!last && noun.includes(' ')) {
    const [adjective, head] = noun.split(' ');
    const loose = new RegExp(`\\b(?:[Aa]n?|[Oo]ne|[Aa]nother) ${adjective} (?:[\\w'’&-]+ ){0,2}${head}\\b`, 'g');
    for (let m = loose.exec(window); m; m = loose.exec(window)) last = m[0];
  }
  // (the person after "A former Harbourline category manager, who asked not to be named, said …": that description)
  if (!last && noun === 'person') for (const m of window.slice(-1500).matchAll(UNNAMED_OPENER)) last = m[1];
  return last ?? speaker;
}

/** 上述负责人, 该人士, 这位分析师: the last speaker named with that role (鲜邻里相关负责人), if one was. */
function sameRole(anaphor: string, spoken: readonly string[]): string | undefined {
  const role = /^(?:该|上述|这位|这名)(.{2,4})$/.exec(anaphor)?.[1];
  if (!role) return undefined;
  for (let k = spoken.length - 1; k >= 0 && spoken.length - k <= 8; k--)
    if (spoken[k].endsWith(role) && spoken[k].length > role.length) return spoken[k];
  return undefined;
}

// 该人士 after 有业内人士估算…: the source as the text introduced it, when no quote gave it a voice before.
const ZH_SOURCE_ANAPHOR = /^(?:该|上述|这位|这名)(人士)$/;

/** The unnamed source (业内人士, 一位接近监管的人士) a 该人士 stands for, introduced in the 400 characters before. */
function introducedZh(text: string, at: number, anaphor: string): string | undefined {
  const role = ZH_SOURCE_ANAPHOR.exec(anaphor)?.[1];
  if (!role) return undefined;
  const window = text.slice(Math.max(0, at - 400), at);
  const intro = /(?:^|[，。！？；：\n”]|有|据)((?:一位|一名)?[^，。！？；：“”\n有据该述]{1,10}人士)/g;
  let last: string | undefined;
  for (let m = intro.exec(window); m; m = intro.exec(window)) last = m[1];
  return last;
}

/**
 * A public body's speaker with the short name the text gives it (the Ghana Cocoa Board, known as Cocobod; the
 * Sugarcane Industry Association (UNICA)): the reader knows it by either, and the story goes on to use the short one.
 * Looked up once per name.
 */
function withAlias(text: string, speaker: string, known: Map<string, string>): string {
  let full = known.get(speaker);
  if (full === undefined) {
    full = speaker;
    if (BODY_SPEAKER.test(speaker)) {
      const at = text.indexOf(speaker);
      const alias = at >= 0 ? BRACKET_ALIAS.exec(text.slice(at + speaker.length, at + speaker.length + 40)) : null;
      if (alias) full = `${speaker} (${alias[1]})`;
    }
    known.set(speaker, full);
  }
  return full;
}
const BODY_SPEAKER =
  /^[A-Z][\w'’ .-]*(?:Association|Board|Council|Agency|Authority|Commission|Ministry|Institute|Federation|Union|Organi[sz]ation|Office|Bureau|Regulator)$/;
const BRACKET_ALIAS = /^(?: \(|, (?:also |better )?known as )([A-Z][A-Za-z&.-]{1,11})[),]/;

function tidySpeaker(speaker: string, companies: ReadonlySet<string>): string | undefined {
  // (an unresolved pronoun names no one, in either language)
  if (EN_PRONOUN.test(speaker) || /^[他她它][们]?$/.test(speaker)) return undefined;
  // a name's possessive is no part of it (对此，唐蔚的感受很直接。“…”)
  if (/^[\u4e00-\u9fff]{2,4}的$/.test(speaker)) return speaker.slice(0, -1);
  // The Ministry, The General Authority: a body's name without its article
  if (/^The [A-Z][a-z]/.test(speaker) && !companies.has(speaker)) speaker = speaker.slice(4);
  // (a company whose name ends in 's keeps it: Moody's)
  return /[A-Za-z]['’]s$/.test(speaker) && !companies.has(speaker) ? speaker.slice(0, -2) : speaker;
}

// A paragraph about a person: it opens with a personal pronoun as its subject.
const PARAGRAPH_PRONOUN = /^(?:She|He)(?= )|^[他她](?![们])/;
// A question put to a named person, ending right before the quote that answers it.
const ASKED =
  /(?:记者|有人|主持人|投资者|分析师)(?:追)?问(?:及|到)?([\u4e00-\u9fff·]{2,8}?)[，,：:][^“”。？！\n]{0,120}[。？?]\s*$/;
// The sentence right after a quote, ending in its speaker's verb: the clause before the verb names the speaker.
const SAID_AFTER_SCENE =
  /^(?:[^。！？“”\n]{0,120}?，)?(?!一边|这样|如此|如是)([^，。！？“”\n]{2,40}?)(?:，一边|，)?(?:对|向|跟|给)(?:记者|我们|本报)(?:(?:说|表示|介绍|坦言|感叹|抱怨|算账)道?[。，]|(?:展示|出示)了|(?:描述|讲述|回忆)了?[^。！？\n]{0,30}?。)/;
const SAID_AT_EVENT =
  /^在[^。！？“”\n，]{2,40}?[上中时]，([^，。！？“”\n]{2,24}?)(?:表示|介绍|透露|坦言|指出|说)[，：]/;
// …or saying it was said "so" (…牧场的马福成，这样向记者描述眼下的处境。)
const SAID_SO =
  /^(?:[^。！？“”\n]{0,120}?，)?([^，。！？“”\n]{2,40}?)，?(?:这样|如此|如是)(?:向|对|跟|给)?(?:记者|我们|本报)?(?:描述|形容|说|表示|感叹|解释|回应|回答|总结|介绍|评价)/;
// …or ending in the verb after what the speaker points at or holds (在…风电场里，场长老葛指着中控室屏幕上的曲线说。)
const SAID_WHILE_DOING =
  /^(?:[^。！？“”\n]{0,80}?，)?([^，。！？“”\n]{2,12}?)(?:指着|拿着|翻着|举着)[^。！？“”\n]{1,40}?(?:说|表示|介绍)道?[。，]/;
// A person named with an honorific, who then handles or points at something (把一沓票据摊在桌上, 指着货架).
const ACTOR_AFTER = new RegExp(
  `^([^，。！？“”\\n]{2,30}?(?:${HONORIFICS}))(?:把|将|指着|拿着|站在|坐在|翻着|翻出|拿出|举着|摊开|打开)`,
);
const REASON_BEFORE = /(?:理由是|原因是|归因于|归结为|解释为)[：:]?$/;
// ... also after a connective (不过，他…; But she …), as the subject of the quote's own paragraph
const PARAGRAPH_SUBJECT =
  /^(?:[\u4e00-\u9fff]{1,4}，)?([他她])(?![们])|^(?:(?:But|And|Still|Yet|Now|Then),? )?(She|He)(?= )/;

// "the company said": a firm, never a public body, is meant
const FIRM_ANAPHOR = /^the (?:company|firm|group|lender|bank|insurer|retailer|airline|carrier|miner|maker|statement)$/i;
// (and 其 before a title of the firm's: 莎莎国际…，其集团行政总裁坦言)
const OF_THE_FIRM =
  /^(?:(?:该公司|该集团|公司)(?=(?:新闻)?发言人$)|其(?=(?:集团)?(?:行政总裁|总裁|首席执行官|董事长|总经理|发言人)$))/;
// 协会 / 该交易所: a body named by its head noun only, standing for the full name used before it.
const BARE_BODY = /^(?:该|这家|这个|上述)?(协会|联合会|商会|交易所|研究院|研究所|委员会|基金会|联盟|团队|小组|课题组)$/;
// Characters a body's name does not hold, which end it on the left (据|中国…协会, 的|…).
const NOT_IN_BODY = '的据由在和与及对向从是为经称、';

/** The last full name ending in `head` within the few paragraphs before `pos` (中国光伏行业协会 for 协会). */
function fullBodyName(text: string, pos: number, head: string): string | undefined {
  // A bounded window: a search back through the whole text for every such quote would be quadratic.
  const window = text.slice(Math.max(0, pos - 2000), pos);
  for (let at = window.lastIndexOf(head); at > 0; at = window.lastIndexOf(head, at - 1)) {
    let s = at;
    while (s > 0 && at - s < 14 && isHanCode(window.charCodeAt(s - 1)) && !NOT_IN_BODY.includes(window[s - 1])) s--;
    if (at - s >= 2) return window.slice(s, at + head.length);
  }
  return undefined;
}

/** The first mention in the quote's sentence before its opening mark (the reporting clause's subject). */
function sentenceSpeaker(
  text: string,
  open: number,
  lineStart: number,
  mentions: readonly Mention[],
  index: MentionIndex,
  lastQuote?: QuoteSpeaker,
): string | undefined {
  let s = open;
  while (s > lineStart && open - s < 300) {
    const c = text.charCodeAt(s - 1);
    // 。！？ ! ? end a sentence; '.' only before a space
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63) break;
    if (c === 46 && /\s/.test(text[s] ?? '')) break;
    s--;
  }
  // A semicolon opens a clause with a subject of its own (X表示，…；Y则回复称，…“…”): Y's, when it names one.
  // (searched within the sentence only: a search back through the text for every quote is quadratic)
  const inSentence = text.slice(s, open).lastIndexOf('；');
  const semi = inSentence < 0 ? -1 : s + inSentence;
  const last = lastIndexBefore(mentions, open);
  if (semi >= 0 && last >= 0 && mentions[last].pos > semi) s = semi + 1;
  for (let k = last; k >= 0 && mentions[k].pos >= s; k--) {
    if (k === 0 || mentions[k - 1].pos < s) {
      // 他说 right after the quote before (“…。”他说，…，“…”): the one who spoke it
      if (
        mentions[k].kind === 'pronoun' &&
        lastQuote &&
        lastQuote.pos < s &&
        /^[”」][他她]?$/.test(text.slice(s, mentions[k].pos).trim())
      )
        return lastQuote.speaker;
      const name = index.resolve(mentions[k]);
      if (name) return name;
    }
  }
  return undefined;
}

/**
 * Who speaks a quote that opens its paragraph when the paragraph before ends with a verb of saying and a colon
 * (养殖户林阿水站在码头上，指着自家养殖区所在的方向说：⏎⏎“…”).
 */
function colonBefore(text: string, lineStart: number, names: ReadonlySet<string>): string | undefined {
  let e = lineStart;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  if (e === 0 || (text[e - 1] !== '：' && text[e - 1] !== ':')) return undefined;
  let s = e - 1;
  while (s > 0 && e - s < 80 && !'。！？\n'.includes(text[s - 1])) s--;
  const sentence = text.slice(s, e - 1);
  const clause = sentence.slice(sentence.lastIndexOf('，') + 1);
  const v = zhVerbEnd(clause);
  if (v < 0) return undefined;
  // (the subject of the sentence when the clause with the verb has none: 林阿水站在码头上，指着…方向说)
  const subject = sentence.split('，')[0].replace(/(?:站|坐|蹲|走|躺|守)?在.*$|(?:指着|望着|看着|拿着|握着).*$/, '');
  const who = (v > 0 ? zhSpeaker(clause.slice(0, v), names) : undefined) ?? zhSpeaker(subject, names);
  return who?.kind === 'person' || who?.kind === 'org' ? who.name : undefined;
}

// A sentence's subject after a time phrase (10月，浙江省邮政管理局约谈了…, 7月以来，…): a pronoun, or a body named by its suffix.
// (or after the document it writes in: 问询函中，上交所…)
const SUBJECT =
  /^(?:[^，。！？\n]{1,8}(?:[年月日]|以来|期间)，|[^，。！？\n]{1,6}函中，|今年|近日|日前|随后|同时|此外)?(?:(他|她)(?!们)|([^，。！？\n“”]{2,14}?(?:局|委|会|厅|部|署|办|院|所|公司|集团|银行))|([^，。！？\n“”]{2,12}))/;
const DOCUMENT = /(?:公告|报告|声明|文件|回复函|公开信|问询函|关注函|监管函|工作函)中/;
const ISSUED_DOCUMENT =
  /^(?:按照|根据|依据|依照)([^，。；《》“”]{2,20}?(?:局|委|会|厅|部|署|办|院|所|公司|集团|银行|政府))(?:此前|日前|近日|最新|今年|去年)?(?:印发|发布|出台|下发|公布|发出|制定)的《[^》\n]{2,60}》/;

const REPORT_OPENS =
  /^([^，。！？\n“”的]{2,12}?)的(?:一份|最新|最新一份)?[^，。！？\n“”]{0,6}?(?:研报|报告)(?:测算|指出|认为|显示|称|预计|预测)，/;
/**
 * The subject of a sentence whose speech verb has none of its own (…，要求“…” / 他同时警告，…，“…”) or that
 * quotes a document (X在公告中将原因归结为“…”): its first subject, a pronoun resolved to the last person named.
 */
/** The speaker of a clause that opens with a subject and a verb of saying (X通报称, 邻居老赵提议), if any. */
function saidInClause(clause: string, names: ReadonlySet<string>): string | undefined {
  const said = SAID_IN_CLAUSE.exec(clause);
  const who = said ? zhSpeaker(said[1].replace(DATE_AFTER_SUBJECT, ''), names) : undefined;
  return who?.kind === 'person' || who?.kind === 'org' ? who.name : undefined;
}
const SAID_IN_CLAUSE =
  /^[”」』\s]*([^，。“”「」『』]{2,24}?)(?:通报|公告|通告|声明|回应|表示|指出|强调|提议|建议|透露|坦言|介绍|认为)称?/;
const DATE_AFTER_SUBJECT = /(?:\d{1,2}月)?\d{1,2}日$|(?:此前|日前|近日|昨日|今日)$/;

function elidedSubject(
  text: string,
  open: number,
  index: MentionIndex,
  names: ReadonlySet<string>,
): string | undefined {
  let s = open;
  while (s > 0 && open - s < 200 && !'。！？\n'.includes(text[s - 1])) s--;
  const sentence = text.slice(s, open);
  // 按照X此前印发的《…通知》，续约价格“…”: the body that issued the document quoted
  const issued = ISSUED_DOCUMENT.exec(sentence);
  if (issued) return issued[1];
  // 东吴证券的一份行业报告测算，…，“…”: the firm whose report the sentence opens with
  const report = REPORT_OPENS.exec(sentence);
  if (report) return report[1];
  const m = SUBJECT.exec(sentence);
  if (!m) return undefined;
  if (m[1]) return index.lastNamed(open, 'person', false, m[1]);
  // The clause before the mark, searched within the sentence only (a whole-text search is quadratic).
  // (or opens it, with a short object before the mark: 认为公司“…”)
  const clause = sentence.slice(sentence.lastIndexOf('，') + 1);
  // (words in marks right after a comma, in a sentence whose first clause has a speaker and a verb of saying: X通报称，
  // …，“…”; 邻居老赵提议把地块改种谷子，…，“…”)
  if (!clause) {
    const first = sentence.slice(0, sentence.indexOf('，'));
    const who = saidInClause(first, names);
    if (who) return who;
  }
  // (after an adverb that joins it to the clauses before, a longer object: …，并称网传截图“…”, …，并表示欧洲市场的库存水平“…”)
  const lead = /^[并也还又则亦]/.test(clause) ? 1 : 0;
  const opening = ZH_VERBS.at(clause, lead);
  if (
    !ZH_VERBS.endOf(clause) &&
    !(opening && clause.length - lead - opening.length <= (lead ? 12 : 3)) &&
    !DOCUMENT.test(sentence)
  )
    return undefined;
  // a company the article names opening the subject, whole (天健会计师事务所 is no 天健会), or after its
  // description (为公司提供审计服务的|天健会计师事务所)
  const subject = m[2] ?? m[3];
  const at = m.index + m[0].length - subject.length;
  for (let p = at; p < at + 30 && p < sentence.length; p++) {
    if (p > at && sentence[p - 1] !== '的') continue;
    for (let k = Math.min(40, sentence.length - p); k > 1; k--)
      if (names.has(sentence.slice(p, p + k))) return sentence.slice(p, p + k);
  }
  if (m[2]) return m[2];
  return undefined;
}

// A description of one person opening a sentence (现场一位68岁的退休教师对…), after a place or time word.
const DESCRIBED =
  /^(?:现场|当天|当时|其中|此外|另外|同时|不过，?|但)?(另?(?:一位|一名|有位|有一位|前述|上述)[^，。！？“”\n]{1,20}?(?:人士|人|者|员|师|工|民|户|主|商|经理|代表|负责人|老板|职工|股东|家长))(?=对|在|是|并|也|则|却|仍|已|还|早|就|向|跟|把|说|算|告诉|透露|介绍|坦言|表示|，)/;
// An adverbial lead-in before a pronoun subject (对于下半年，他…), not a clause of its own (刘凯则表示，他…).
const LEAD_IN_BEFORE_PRONOUN =
  /^(?:对于|关于|至于|谈到|说到|面对|针对|对此|不过|但|而|此外|同时|其中|目前|如今|眼下)[^，。！？“”\n]{0,12}，(?=[他她])/;
const CONJUNCTION_ONLY = /^(?:但|而|却|并|且|也|还|就|又|可|但是|不过)$/;
const PREDICATE_START = '并也则却仍还对是就已不没很更曾进指表认强';
// A titled name opening a sentence, before its verb (投资者代表李建平是…).
const TITLED_SUBJECT =
  /^([^，。！？“”\n]{3,16}?)(?=是|对|在|已|也|曾|则|就|还|并|早|一直|今年|去年|此前|如今|目前|现在)/;

/**
 * The subject of the sentence a quote follows with no verb of its own (现场一位退休教师对方案并不买账。“…” / 对于下半年，
 * 他并不悲观。“…”): a description of one person, a titled name, or a pronoun for the last person named.
 */
function previousSubject(
  text: string,
  open: number,
  lineStart: number,
  index: MentionIndex,
  names: ReadonlySet<string>,
  spoken: readonly string[],
): string | undefined {
  let e = open;
  while (e > lineStart && /\s/.test(text[e - 1])) e--;
  if (text[e - 1] !== '。' || e - 1 <= lineStart) return undefined;
  let s = e - 1;
  while (s > lineStart && e - s < 160 && !'。！？”」'.includes(text[s - 1])) s--;
  // (after a short lead-in: 对于下半年，他…; one that names the person is read with the sentence: 对于王建国来说，他…)
  const raw = text.slice(s, e - 1);
  const sentence = raw.replace(LEAD_IN_BEFORE_PRONOUN, '');
  const pronoun = /^([他她])(?!们)/.exec(sentence);
  if (pronoun) return index.lastNamed(s + raw.length - sentence.length, 'person', false, pronoun[1]);
  const described = DESCRIBED.exec(sentence);
  if (described) return described[1];
  // (after a lead-in such as 对于外界的质疑，) a person named before, opening the sentence again (孙启明并不认同)
  const rest = sentence.replace(/^[^。！？\n]{1,30}?，/, '');
  // (the name then its predicate: not 瀚海银行|行长邵明川, where a title follows the firm)
  const opens = (name: string | undefined) =>
    !!name &&
    [sentence, rest].some((t) => t.startsWith(name) && PREDICATE_START.includes(t[name.length])) &&
    /^[\u4e00-\u9fff]{2,4}$/.test(name);
  const known = index.lastNamed(s, 'person');
  if (opens(known)) return known;
  // (the last few speakers only: a search through all of a long document's would be quadratic)
  for (let k = spoken.length - 1; k >= 0 && spoken.length - k <= 24; k--) if (opens(spoken[k])) return spoken[k];
  const titled = TITLED_SUBJECT.exec(sentence);
  if (!titled) return undefined;
  const who = zhSpeaker(titled[1], names);
  // only a person's name after a title (代表|李建平), not any phrase
  // (what the title stands before: 代表|李建平, not a phrase a verb cut short, 电站索性|把原定)
  // (nor a clause a conjunction opens: 但|换来的是…)
  return who?.kind === 'person' &&
    who.name !== titled[1] &&
    titled[1].endsWith(who.name) &&
    !CONJUNCTION_ONLY.test(titled[1].slice(0, -who.name.length)) &&
    // (nor a noun a possessive describes: “颜悦”在当地的|终端价)
    !titled[1].slice(0, -who.name.length).endsWith('的') &&
    !who.name.endsWith('的') &&
    /^[\u4e00-\u9fff]{2,4}$/.test(who.name)
    ? who.name
    : undefined;
}

/**
 * He or she as the subject of the sentence right before a quote in the same paragraph (Asked whether …, he did not
 * rule it out. “…”): the last person named, as for "he said".
 */
function previousPronounEn(
  text: string,
  open: number,
  lineStart: number,
  index: MentionIndex,
  names: ReadonlySet<string>,
): string | undefined {
  let e = open;
  while (e > lineStart && text[e - 1] === ' ') e--;
  if (e === open || !/[.!?]/.test(text[e - 1] ?? '')) return undefined;
  let s = e - 1;
  while (s > lineStart && e - s < 200 && !(/[.!?]/.test(text[s - 1]) && text[s] === ' ')) s--;
  const sentence = text.slice(s, e).trimStart();
  const who = /^(?:[Hh]e|[Ss]he)\b/.exec(sentence.replace(LEAD_PHRASE, ''));
  if (who) return index.lastNamed(s, 'person', false, who[0].toLowerCase());
  // (or a person named in full, with a title or none, opening it: Chief executive Antoine Ferrand struck a more
  // patient tone. "…" / Nomvula Dlamini has followed the sector for two decades. "…")
  // (a person: after a title, by a known given name, or one who works at a firm the sentence names)
  const named = PERSON_OPENS.exec(sentence);
  if (!named || names.has(named[2])) return undefined;
  // (or one the text has named in full before: Marloes van Dijk … Van Dijk rejected that reading)
  return named[1] ||
    namedInFullBefore(text, s, named[2]) ||
    givenNameGender(named[2].slice(0, named[2].indexOf(' '))) ||
    / (?:at|with) (?:[a-z]+ ){0,2}[A-Z]/.test(sentence)
    ? named[2]
    : undefined;
}
/** True when `name` (Van Dijk) follows a capitalised given name somewhere before `pos` (Marloes van Dijk). */
function namedInFullBefore(text: string, pos: number, name: string): boolean {
  const esc = name.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const first = `[${name[0].toUpperCase()}${name[0].toLowerCase()}]`;
  return new RegExp(`\\p{Lu}\\p{Ll}+ ${first}${esc}(?![\\p{L}])`, 'u').test(text.slice(Math.max(0, pos - 6000), pos));
}
const PERSON_OPENS =
  /^((?:[A-Z][a-z]+ chief|[Cc]hief [Ee]xecutive|CEO|[Cc]hairman|[Cc]hairwoman|[Pp]resident|[Ff]ounder|[Aa]nalyst|[Ee]conomist)\s+)?([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}) (?!said\b|says\b|told\b)[a-z]/;

/** The last speaker in line `line` before `pos`: a mention or an earlier quote's speaker, whichever is later. */
const SUBORDINATE_BEFORE =
  /\b(?:after|before|since|because|when|while|until|although|though)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}$/;

// A sentence opened by a named subject's verb of telling or saying (Chief Executive Declan Furlong told analysts …)
const EN_SAYING_SUBJECT = /^(?:[A-Z][\w&.'’-]*\s+){1,5}(?:told|said|says|added|explained|noted)\b/;

/** The sentence up to `pos` (from after the last sentence end or line start). */
function sentenceBefore(text: string, pos: number): string {
  let s = pos;
  while (s > 0 && pos - s < 400 && text[s - 1] !== '\n' && !(/[.!?]/.test(text[s - 1]) && /\s/.test(text[s]))) s--;
  return text.slice(s, pos).trimStart();
}

function lastInLine(
  text: string,
  index: MentionIndex,
  line: number,
  pos: number,
  lastQuote?: QuoteSpeaker,
): string | undefined {
  const mentions = index.inLine(line);
  const k = lastIndexBefore(mentions, pos);
  // (also when what follows the quote before is its own pronoun attribution: "…," she said. "…")
  if (
    lastQuote &&
    lastQuote.line === line &&
    lastQuote.pos < pos &&
    (k < 0 || lastQuote.pos > mentions[k].pos || mentions[k].kind === 'pronoun')
  ) {
    return lastQuote.speaker;
  }
  for (let j = k; j >= 0 && k - j < 5; j--) {
    // "He said the company had agreed …": the sentence's speaker, not the firm reported on after the verb
    const m = mentions[j];
    const prev = j > 0 ? mentions[j - 1] : undefined;
    if (
      m.kind === 'org-anaphor' &&
      (prev?.kind === 'person' || prev?.kind === 'pronoun') &&
      !/[.!?。！？]/.test(text.slice(prev.pos, m.pos))
    )
      continue;
    // (nor one a subordinate clause reports inside that sentence: Furlong told analysts that … after Boeing said …)
    const from = Math.max(prev?.pos ?? 0, m.pos - 40);
    if (SUBORDINATE_BEFORE.test(text.slice(from, m.pos)) && EN_SAYING_SUBJECT.test(sentenceBefore(text, m.pos)))
      continue;
    const name = index.resolve(m);
    if (name) return name;
  }
  return undefined;
}
