/**
 * Figure lexicon: words around numbers that decide whether they are figures (GUIDELINE.md §2.2–2.4).
 * Source: English month names and their news abbreviations (AP style); Chinese idioms and slogans
 * that contain numerals (成语, 规划 names); English words that commonly precede a quantity.
 * Sorted, one entry a line.
 */
import { lines } from './lines';

/** English month names in calendar order; each is also written as its first three letters, and September as Sept. */
export const FIGURE_MONTHS_EN: readonly string[] = lines(`
January
February
March
April
May
June
July
August
September
October
November
December
`);

/** English fractions written in words that are shares, like 三分之二 (two-thirds → 0.6667). */
export const FIGURE_FRACTIONS_EN: Readonly<Record<string, number>> = {
  'one-fifth': 0.2,
  'one-half': 0.5,
  'one-quarter': 0.25,
  'one-third': 1 / 3,
  'three-quarters': 0.75,
  'two-thirds': 2 / 3,
};

/** Chinese idioms and names with numerals that are not figures (一带一路, 十万火急). */
export const FIGURE_IDIOMS_ZH: readonly string[] = [
  '一成不变',
  '一带一路',
  '一波三折',
  '十万八千里',
  '十万火急',
  '百万富翁',
  // (a chemical's or an idea's name: 长链二元酸, 二元结构)
  '二元酸',
  '二元醇',
  '二元结构',
  '二元论',
];

/** Characters before a Chinese numeral or digit that make it an ordinal or a vague count (第一, 数十, 几百). */
export const FIGURE_NOT_AFTER_ZH: readonly string[] = ['几', '数', '第'];

/**
 * Lower-case English words that may precede a plain number. A plain number after any other word with a
 * capital letter is taken for part of a name (iPhone 16, Windows 11, Top 10), not a figure. (Holidays before a year
 * lead in to it too: Christmas 2026.)
 */
export const FIGURE_LEADS_EN: readonly string[] = lines(`
a
about
above
after
all
almost
also
among
and
another
around
as
at
because
before
below
between
but
by
christmas
circa
during
each
easter
even
every
for
from
her
here
his
if
in
including
into
its
just
less
more
my
nearly
now
of
on
only
or
our
over
past
roughly
since
so
some
than
thanksgiving
the
their
then
there
these
those
through
to
today
under
until
up
when
where
while
with
within
`);

/** Chinese characters that may lead a plain number (收报96、约270); after any other character a plain number is part of a name (桂溪1958). */
export const FIGURE_LEADS_ZH: readonly string[] = lines(`
为
于
共
到
占
报
是
有
比
约
至
计
超
达
近
逾
`);

/**
 * English words after which a plain number labels something instead of counting it (figure 5, Fig. 1,
 * page 14, bug 15, phase 3): GUIDELINE.md §2.3–2.4 (ordinals, enumerators, digits in names). Written
 * lower-case; an abbreviation is listed without its period.
 */
export const FIGURE_REFERENCE_WORDS_EN: readonly string[] = lines(`
annex
appendix
art
article
bug
ch
chapter
chart
code
episode
eq
equation
exhibit
fig
figs
figure
flight
footnote
gate
issue
item
no
nos
number
p
page
para
paragraph
phase
pp
rev
revision
round
season
sec
section
slide
stage
step
symbol
table
ticker
ticket
tier
version
vol
volume
`);

/** English number words that make a multiple with "times" after them (three times what rivals pay → 3 x), as 三倍 does. */
export const FIGURE_MULTIPLE_WORDS_EN: Readonly<Record<string, number>> = {
  eight: 8,
  eleven: 11,
  fifteen: 15,
  fifty: 50,
  five: 5,
  forty: 40,
  four: 4,
  hundred: 100,
  nine: 9,
  seven: 7,
  six: 6,
  ten: 10,
  thirty: 30,
  three: 3,
  twelve: 12,
  twenty: 20,
  two: 2,
};
