/**
 * Company lexicon: Hong Kong listed companies (Hang Seng Index, Hang Seng TECH, HSCEI) and Chinese ADRs.
 * Format of an entry: names separated by '|' (the first is the usual short name; Chinese and
 * English names, common short forms), then optionally '#' and the main stock code
 * ('贵州茅台|茅台|Kweichow Moutai#600519.SH'). A name starting with '~' is also an ordinary word
 * (苹果, 长城, 美的) and counts as a company only with company context. Sorted, one entry a line.
 * Stock codes: five digits and .HK; a Chinese company listed only in New York has 'NASDAQ: XXX' or
 * 'NYSE: XXX'. A+H companies are in companies-cn.ts. Order: UTF-16 code units, ignoring a leading '~'.
 * Source: public index constituent lists and company names, written out for newsmark.
 */
export const COMPANIES_HK: readonly string[] = [];
