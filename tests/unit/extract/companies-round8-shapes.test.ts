import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// Original sentences for the shapes the eighth round of unseen articles showed: lists whose items end in the
// word the list names them by, lists mostly of known companies, people's employers after "director at", and
// companies listed after "operators such as". Invented names where possible.

/** The company spans' texts, in order. */
const names = (text: string) => findCompanies(text).map((e) => e.text);

describe('lists named by their items’ own industry word', () => {
  it('takes items that end in the word after 等 (X牧业、Y牧业等牧业公司), even with a dictionary-word brand', () => {
    expect(names('上游方面，光明牧业、天山牧业等牧业公司均出现亏损。')).toEqual(['光明牧业', '天山牧业']);
    expect(names('华北地区的太阳钢铁、金星钢铁等钢铁企业减产。')).toEqual(['太阳钢铁', '金星钢铁']);
  });

  it('takes no generic kinds of that industry (传统钢铁、特种钢铁等钢铁企业)', () => {
    expect(names('传统钢铁、特种钢铁等钢铁企业都在减产。')).toEqual([]);
  });
});
