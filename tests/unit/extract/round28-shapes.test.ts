import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';

const ranges = (text: string) =>
  extract(text, { kinds: ['figure'] }).map((e) => [e.text, e.value?.low ?? e.value?.number, e.value?.high]);

describe('figures from holdout155 and after', () => {
  it('keeps the second end of a range whose ends both carry a scale word (€60 billion-€65 billion)', () => {
    expect(ranges('It plans to invest €60 billion-€65 billion, and costs of £4bn-£5bn.')).toEqual([
      ['€60 billion-€65 billion', 60e9, 65e9],
      ['£4bn-£5bn', 4e9, 5e9],
    ]);
    expect(ranges('Sales of 60 billion-65 billion yen are expected.')).toEqual([
      ['60 billion-65 billion yen', 60e9, 65e9],
    ]);
  });

  it('still reads a number glued to a name by a hyphen as no figure (GPT-4, COVID-19)', () => {
    expect(ranges('GPT-4 and COVID-19 cost $2 million.')).toEqual([['$2 million', 2e6, undefined]]);
  });
});

const companies = (text: string) => extract(text, { kinds: ['company'] }).map((e) => e.text);

describe('companies from holdout155 and after', () => {
  it('takes the name a new company is to be called, and its later mentions', () => {
    expect(
      companies(
        'Rhenvale AG will spin off its flavours unit. The new company, to be called Aromelle and based in Geneva, had sales of CHF 2.3 billion. Aromelle will employ 4,200 people.',
      ),
    ).toEqual(['Rhenvale AG', 'Aromelle', 'Aromelle']);
    // (a product or a place to be named is no company)
    expect(companies('The new drug, to be called Veltrix, and a bridge to be named Harmon Crossing.')).toEqual([]);
  });
});

const speakers = (text: string) => extract(text, { kinds: ['quote'] }).map((e) => e.speaker);

describe('speakers from holdout155 and after', () => {
  it('gives a quote after "welcomed … but said" to the subject that opens the sentence', () => {
    expect(
      speakers(
        'The Transport Workers Union welcomed the promise of 400 new jobs at the base but said it wanted them "locked in, not pencilled in" in the next agreement.',
      ),
    ).toEqual(['Transport Workers Union']);
  });
});

describe('speakers from holdout155 and after (2)', () => {
  it('skips an opening phrase before the subject of "… but said"', () => {
    expect(
      speakers(
        'Asked about the report, Okoro declined to comment on "market speculation" but said the company was reviewing "every part of the portfolio".',
      ),
    ).toEqual(['Okoro']);
  });
});

describe('speakers from holdout155 and after (3)', () => {
  it('gives a quote after a sentence opened by 另一位投资者 to that person', () => {
    expect(
      speakers(
        '一位投资者称亏损约110万元。\n\n另一位投资者则对清盘时点提出质疑。“净值从0.85元跌到0.78元只用了不到两周，我们都希望看到交易记录。”',
      ),
    ).toEqual(['另一位投资者']);
  });
});
