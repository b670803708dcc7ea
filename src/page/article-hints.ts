/**
 * Class/id hints for article detection, as data. Substring lists follow the vocabulary of Mozilla
 * Readability's class/id heuristics (Apache-2.0, mozilla/readability) and add the names Chinese
 * news CMSes use (pinyin and English: artibody, zhengwen, pinglun, xiangguan, paihang, the
 * TRS_Editor of the TRS WCM system …), as seen on sina, 163, sohu, people.com.cn, caixin and
 * xinhuanet templates. Token lists match a whole class or id token (split on spaces, '-' and '_'),
 * for words too short to match as substrings. Matching ignores case.
 */

/** Substrings of class/id that mark page chrome: such subtrees are left out of scoring. */
export const UNLIKELY_SUBSTRINGS: readonly string[] = [
  '-ad-',
  'ad-break',
  'agegate',
  'ai2html',
  'banner',
  'breadcrumb',
  'combx',
  'comment',
  'community',
  'cover-wrap',
  'crumb',
  'disqus',
  'extra',
  'footer',
  'gdpr',
  'header',
  'legends',
  'menu',
  'pager',
  'pagination',
  'pinglun',
  'popup',
  'recommend',
  'related',
  'remark',
  'replies',
  'rss',
  'shoutbox',
  'sidebar',
  'skyscraper',
  'social',
  'sponsor',
  'supplemental',
  'tuijian',
  'xiangguan',
  'yom-remote',
];

/** Substrings that overrule an unlikely match (a "main-header" may still hold the article). */
export const MAYBE_SUBSTRINGS: readonly string[] = [
  'and',
  'artibody',
  'article',
  'body',
  'column',
  'content',
  'main',
  'shadow',
  'zhengwen',
];

/** Substrings of class/id that add 25 to an element's score. */
export const POSITIVE_SUBSTRINGS: readonly string[] = [
  'artibody',
  'artic',
  'blog',
  'body',
  'content',
  'detail',
  'entry',
  'h-entry',
  'hentry',
  'main',
  'neirong',
  'page',
  'pagination',
  'post',
  'story',
  'text',
  'trs_editor',
  'txt',
  'wenzhang',
  'zhengwen',
];

/** Substrings of class/id that take 25 from an element's score. */
export const NEGATIVE_SUBSTRINGS: readonly string[] = [
  '-ad-',
  'banner',
  'banquan',
  'com-',
  'combx',
  'comment',
  'contact',
  'copyright',
  'fenxiang',
  'foot',
  'gdpr',
  'guanggao',
  'hidden',
  'masthead',
  'media',
  'meta',
  'outbrain',
  'paihang',
  'pinglun',
  'promo',
  'rank',
  'recommend',
  'related',
  'scroll',
  'share',
  'shopping',
  'shoutbox',
  'sidebar',
  'skyscraper',
  'sponsor',
  'tags',
  'tool',
  'tuijian',
  'widget',
  'xiangguan',
];

/** Whole class/id tokens that take 25 from an element's score. */
export const NEGATIVE_TOKENS: readonly string[] = ['ad', 'ads', 'advert', 'hid', 'nav', 'tag'];

/**
 * Whole class/id tokens of an article's meta line (date, source, view count): left out, as its
 * figures (a timestamp, "3 min read", "阅读 12,087") are the page's, not the article's.
 */
export const META_TOKENS: readonly string[] = [
  'date',
  'dateline',
  'info',
  'meta',
  'pubdate',
  'pubtime',
  'readtime',
  'source',
  'time',
  'views',
];

/** ARIA roles of page chrome (Readability's unlikely roles). */
export const UNLIKELY_ROLES: readonly string[] = [
  'alert',
  'alertdialog',
  'banner',
  'complementary',
  'contentinfo',
  'dialog',
  'menu',
  'menubar',
  'navigation',
  'search',
];

/** Class/id substrings of share bars: removed from the article even inside it. */
export const SHARE_SUBSTRINGS: readonly string[] = ['bdshare', 'fenxiang', 'share', 'sharedaddy'];

/** schema.org types whose JSON-LD marks the page as an article (schema.org/Article and its subtypes). */
export const ARTICLE_TYPES: readonly string[] = [
  'APIReference',
  'AdvertiserContentArticle',
  'AnalysisNewsArticle',
  'Article',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'MedicalScholarlyArticle',
  'NewsArticle',
  'OpinionNewsArticle',
  'Report',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'SatiricalArticle',
  'ScholarlyArticle',
  'TechArticle',
];

/** A Set filled with a plain loop (a page may have replaced Array.prototype's iterator). */
export function setOf(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i < words.length; i++) set.add(words[i]);
  return set;
}

/** UNLIKELY_ROLES as a set. */
export const UNLIKELY_ROLE_SET = setOf(UNLIKELY_ROLES);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]): RegExp => {
  let source = '';
  for (let i = 0; i < words.length; i++) source += (i ? '|' : '') + escape(words[i]);
  return new RegExp(source, 'i');
};
const tokens = (words: readonly string[]): RegExp => {
  let source = '';
  for (let i = 0; i < words.length; i++) source += (i ? '|' : '') + escape(words[i]);
  return new RegExp(`(?:^|[\\s_-])(?:${source})(?:$|[\\s_-])`, 'i');
};

/** Compiled matchers over a "class id" string. */
export const HINTS = {
  unlikely: anyOf(UNLIKELY_SUBSTRINGS),
  maybe: anyOf(MAYBE_SUBSTRINGS),
  positive: anyOf(POSITIVE_SUBSTRINGS),
  negative: anyOf(NEGATIVE_SUBSTRINGS),
  negativeToken: tokens(NEGATIVE_TOKENS),
  share: anyOf(SHARE_SUBSTRINGS),
  metaLine: tokens(META_TOKENS),
};
