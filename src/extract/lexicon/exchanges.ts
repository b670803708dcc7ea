import { alternation, lines } from './lines';

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
BIST
BIT
BME
BMV
BSE
BURSA
BVMF
Borsa Istanbul
Bursa
CPH
DFM
EBR
ELI
EPA
ETR
Euronext
Euronext Amsterdam
Euronext Brussels
Euronext Dublin
Euronext Lisbon
Euronext Milan
Euronext Oslo
Euronext Paris
FRA
FWB
HEL
HKEX
HKG
HKSE
HNX
HOSE
IDX
JPX
JSE
KLSE
KOSDAQ
KOSPI
KRX
LON
LSE
MYX
NASDAQ
NSE
NYSE
NYSE American
NZX
Nasdaq
Nasdaq Copenhagen
Nasdaq Helsinki
Nasdaq Iceland
Nasdaq Stockholm
OSL
OTC
Oslo Bors
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
TASE
TASI
TPE
TSE
TSX
TSXV
TWO
TWSE
TYO
Tadawul
WSE
XETRA
`);

/** The exchanges as one regular-expression alternation, longest first (NYSE American before NYSE). */
export const STOCK_EXCHANGE_ALTERNATION = alternation(STOCK_EXCHANGES);

/**
 * Market suffixes after a stock code (002600.SZ, 00700.HK, 2330.TW, 2222.SR, BABA.N, BARC.L, SAP.DE): the
 * code is a ticker, and its digits no figure. Source: the Reuters (RIC) and Yahoo Finance suffixes.
 */
export const STOCK_CODE_SUFFIXES: readonly string[] = lines(`
AS
AX
BJ
BK
BO
BR
CO
DE
HE
HK
IR
JK
JO
KL
KQ
KS
L
LS
MC
MI
MX
N
NQ
NS
NZ
O
OL
OQ
PA
SA
SH
SI
SR
SS
ST
SW
SZ
T
TA
TO
TW
TWO
US
VI
WA
`);

/** The suffixes as one regular-expression alternation, longest first (OQ before O). */
export const STOCK_CODE_SUFFIX_ALTERNATION = alternation(STOCK_CODE_SUFFIXES);

/** A Taiwan stock code as news writes it in brackets after a name (台積電（2330）): four digits no year has. */
export const TW_STOCK_CODE = '(?:[3-9]\\d{3}|2[1-9]\\d{2}|1[0-8]\\d{2})';
