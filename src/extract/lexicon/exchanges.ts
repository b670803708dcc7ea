import { lines } from './lines';

/**
 * Stock exchanges as news writes them before a code (NASDAQ: NVDA, TYO: 6829, HKEX: 0700, TADAWUL: 2222),
 * with the codes financial-data services print (LON, EPA, ETR). A number after one is a stock code, not a
 * figure, and the code in brackets is a company's ticker. Source: the exchanges' own abbreviations and those
 * used by Reuters, Bloomberg and Google Finance.
 */
export const STOCK_EXCHANGES: readonly string[] = lines(`
ADX
AMEX
AMS
ASX
B3
BIT
BME
BMV
BSE
BVMF
CPH
DFM
EBR
ELI
EPA
ETR
Euronext
FRA
FWB
HEL
HKEX
HKG
HKSE
IDX
JPX
JSE
KLSE
KOSDAQ
KOSPI
KRX
LON
LSE
NASDAQ
NSE
NYSE
NYSE American
NZX
Nasdaq
OSL
OTC
PSE
QE
SEHK
SET
SGX
SHA
SHE
SHSE
SIX
SSE
STO
SWX
SZSE
TADAWUL
TASI
TPE
TSE
TSX
TSXV
TWO
TWSE
TYO
Tadawul
XETRA
`);

/** The exchanges as one regular-expression alternation, longest first (NYSE American before NYSE). */
export const STOCK_EXCHANGE_ALTERNATION = [...STOCK_EXCHANGES].sort((a, b) => b.length - a.length).join('|');
