// Tag classes the text map needs. Sets of upper-case tag names; lookups avoid getComputedStyle for
// the common tags, which keeps the walk cheap on big pages.

const BLOCK = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIALOG DIR DIV DL DT FIELDSET ' +
    'FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LEGEND LI LISTING MAIN MENU NAV ' +
    'OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

const INLINE = new Set(
  (
    'A ABBR B BDI BDO CITE CODE DATA DEL DFN EM FONT I INS KBD LABEL MARK Q RP RT RUBY S SAMP SMALL SPAN ' +
    'STRIKE STRONG SUB SUP TIME TT U VAR WBR'
  ).split(' '),
);

// Not text a reader reads in the article: code, media, form fields, embedded documents.
const SKIPPED = new Set(
  (
    'AUDIO BUTTON CANVAS DATALIST EMBED HEAD IFRAME IMG INPUT MAP MATH METER NOSCRIPT OBJECT OPTION ' +
    'PICTURE PROGRESS SCRIPT SELECT SLOT STYLE SVG TEMPLATE TEXTAREA TITLE VIDEO'
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
