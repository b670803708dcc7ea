/**
 * Company lexicon: international companies (US, Europe, Japan, Korea, Taiwan) with their Chinese names.
 * Format of an entry: names separated by '|' (the first is the usual short name; Chinese and
 * English names, common short forms), then optionally '#' and the main stock code
 * ('贵州茅台|茅台|Kweichow Moutai#600519.SH'). A name starting with '~' is also an ordinary word
 * (苹果, 长城, 美的) and counts as a company only with company context. Sorted, one entry a line.
 * Stock codes: 'EXCHANGE: SYMBOL' as English news writes them (NASDAQ: NVDA, NYSE: JPM, TYO: 7203,
 * KRX: 005930, TPE: 2330, LON: AZN, EPA: MC, ETR: SAP, AMS: ASML), for the primary listing.
 * Order: UTF-16 code units, ignoring a leading '~'.
 * Source: public index constituent lists and company names, written out for newsmark.
 */
export const COMPANIES_INTL: readonly string[] = [];
