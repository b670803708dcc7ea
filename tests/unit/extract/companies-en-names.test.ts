import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// Original sentences (invented companies) for the general patterns of English company names.

/** The company spans' texts, in order. */
const names = (text: string) => findCompanies(text).map((e) => e.text);

describe('English short names derived from a legal name', () => {
  it('uses the first word of a coined name before an industry word', () => {
    const text =
      'Varrow Analytics Inc. reported higher sales on Monday. Varrow said demand held up, and analysts expect Varrow to raise prices.';
    expect(names(text)).toEqual(['Varrow Analytics Inc.', 'Varrow', 'Varrow']);
  });

  it('uses the first word even when the second is no known industry word', () => {
    const text =
      'Quillmark Orbital Ltd., a Leeds-based start-up, makes satellite parts. Quillmark, founded in 2017, employs 90 people.';
    expect(names(text)).toEqual(['Quillmark Orbital Ltd.', 'Quillmark']);
  });

  it('keeps "and Co." in the span, and shortens a founder\'s name to the surname', () => {
    const text = "Shares of Henry Voss and Co. fell 3% after Voss cut its forecast; Voss's chief executive resigned.";
    expect(names(text)).toEqual(['Henry Voss and Co.', 'Voss', 'Voss']);
  });

  it('shortens a name with a middle initial to the surname', () => {
    const text = 'Analysts at Marcus T. Pellham Ltd. were cautious. Pellham expects a slower year.';
    expect(names(text)).toEqual(['Marcus T. Pellham Ltd.', 'Pellham']);
  });

  it('never shortens to a generic or place first word', () => {
    expect(names('General Lumen Corp. said General demand was weak.')).toEqual(['General Lumen Corp.']);
    expect(names('Pacific Harbor Holdings Ltd. sold a stake. Pacific trade slowed.')).toEqual([
      'Pacific Harbor Holdings Ltd.',
    ]);
  });

  it('does not take a short name that is part of a longer proper name (a person)', () => {
    const text =
      'Corlane Robotics Inc. hired a new finance chief. Its founder, Ann Corlane, said Corlane would expand; ' +
      'Corlane Hale, a director, left. Corlane Chief Executive Mia Tan agreed.';
    expect(names(text)).toEqual(['Corlane Robotics Inc.', 'Corlane', 'Corlane']);
  });
});

describe('English short names derived from a name with a corporate word', () => {
  it('uses the first word of a name found by its corporate word (Wexford Bancorp → Wexford)', () => {
    const text = 'The stock of Wexford Bancorp fell after regulators fined the lender. Wexford said it would appeal.';
    expect(names(text)).toEqual(['Wexford Bancorp', 'Wexford']);
  });

  it('takes no short name after an honorific (Mr. Sloane)', () => {
    const text = 'Mr. Sloane said Sloane Energy Corp. would not sell its Texas assets; Sloane Energy shares rose 4%.';
    expect(names(text)).toEqual(['Sloane Energy Corp.', 'Sloane Energy']);
  });
});

describe('English legal names with "of"', () => {
  it('keeps Bank of … as one name', () => {
    expect(names('Bank of Lindmoor Corp. and Royal Bank of Carrow Ltd. arranged the loan.')).toEqual([
      'Bank of Lindmoor Corp.',
      'Royal Bank of Carrow Ltd.',
    ]);
  });

  it('does not run a name over a role before "of"', () => {
    expect(names('The chief executive of Tarrow Systems Inc. said margins improved.')).toEqual(['Tarrow Systems Inc.']);
  });
});

describe('English names known to the lexicon', () => {
  it('finds the data and research firms that news cites as sources', () => {
    expect(names('The estimate was compiled by LSEG, and Evercore ISI agreed.')).toEqual(['LSEG', 'Evercore ISI']);
  });

  it('runs a known name on into a corporate word (Nomura Securities)', () => {
    expect(names('The seller was advised by Nomura Securities and Jefferies.')).toEqual([
      'Nomura Securities',
      'Jefferies',
    ]);
  });
});

describe('English names of government bodies', () => {
  it('takes no part of an agency, a commission or a ministry for a company', () => {
    const text =
      "It will consult Korea's Pharmaceuticals and Medical Devices Agency and the U.S. Securities and Exchange Commission.";
    expect(names(text)).toEqual([]);
  });

  it('still finds a company before an ordinary "and"', () => {
    expect(names('Norrick Pharmaceuticals and two partners signed the deal.')).toEqual(['Norrick Pharmaceuticals']);
  });
});

// A Readability test page (telegraph) painted "Zimbabwe" as a company from "Zimbabwe President Robert Mugabe".
describe('countries and nationalities before a title', () => {
  it('takes no country or nationality before President or Chairman for a company', () => {
    expect(names('Zimbabwe President Robert Mugabe met French President Emmanuel Macron.')).toEqual([]);
    expect(names('South Korea President Lee Jae-myung and Kenyan President William Ruto spoke.')).toEqual([]);
  });
  it('still takes a company before the same titles', () => {
    expect(names('Halvorsen President Dana Price said orders rose; Quillon Chairman Ed Marsh agreed.')).toEqual([
      'Halvorsen',
      'Quillon',
    ]);
  });
});

// The msn Readability page lost every "Nintendo": a capitalised word before a one-word name was read as a
// given name ("Later Nintendo", "Business Insider Inc Nintendo/Apple Nintendo and Apple").
describe('a capitalised word before a known one-word name', () => {
  it('reads an adverb or a corporate word before it as no given name', () => {
    expect(names('Later Nintendo and Apple shocked the world. Recently Sony followed.')).toEqual([
      'Nintendo',
      'Apple',
      'Sony',
    ]);
    expect(names('Photo: Business Insider Inc Nintendo/Apple')).toEqual(['Business Insider Inc', 'Nintendo', 'Apple']);
  });
  it('still reads a given name before a surname that is also a company', () => {
    expect(names('Ford shares rose after Henry Ford spoke.')).toEqual(['Ford']);
  });
});

// The salon-1 Readability page painted "Uber" inside the handle @Uber_Sydney.
describe('handles and addresses', () => {
  it('finds no name inside a social handle or an e-mail address', () => {
    expect(names('Uber tweeted from @Uber_Sydney; write to press@Uber.com.')).toEqual(['Uber']);
  });
});

describe('English data firms', () => {
  it('finds a data firm named after "data from" with Insight as its last word', () => {
    expect(names('Sales rose 12%, according to data from MedTrack Insight, as new clinics opened.')).toEqual([
      'MedTrack Insight',
    ]);
  });
});

// holdout8 (after its blind run): carriers named with Airlines/Airways were missed without a cue.
describe('airlines', () => {
  it('takes a name ending in Airlines or Airways as a company', () => {
    expect(names('Corvair Airways and Tallis Airlines agreed to merge.')).toEqual([
      'Corvair Airways',
      'Tallis Airlines',
    ]);
  });
  it('takes no generic or regional word before it for a name', () => {
    expect(names('Major Airlines Cut Flights As Fuel Soars')).toEqual([]);
    expect(names('Asian Airlines stocks fell while Regional Airways held up.')).toEqual([]);
  });
});
