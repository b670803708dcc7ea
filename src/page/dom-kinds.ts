// Tag classes the text map needs. Sets of lower-case tag names (the article walk's lists are written the
// same way); lookups avoid getComputedStyle for the common tags, which keeps the walk cheap on big pages.

const BLOCK = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing main menu nav ' +
    'ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

const INLINE = new Set(
  (
    'a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark q rp rt ruby s samp small span ' +
    'strike strong sub sup time tt u var wbr'
  ).split(' '),
);

// Not text a reader reads in the article: code, media, form fields, embedded documents.
const SKIPPED = new Set(
  (
    'audio button canvas datalist embed head iframe img input map math meter noscript object option ' +
    'picture progress script select slot style svg template textarea title video'
  ).split(' '),
);

/** True for a tag that always starts a new block of text. */
export function isBlockTag(tag: string): boolean {
  return BLOCK.has(tag);
}

/** True for a tag that is inline by default (its text flows into the surrounding block). */
export function isInlineTag(tag: string): boolean {
  return INLINE.has(tag);
}

/** True for a tag whose content is never article text (scripts, styles, media, form fields). */
export function isSkippedTag(tag: string): boolean {
  return SKIPPED.has(tag);
}
