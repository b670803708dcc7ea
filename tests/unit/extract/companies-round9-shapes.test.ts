import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// Shapes from the blind set holdout9's first run, written as new sentences: an association whose name
// opens with a known company's name, and a role word ending in 商 before a name.
const names = (text: string) => findCompanies(text).map((e) => e.text);

describe('an association named after an industry', () => {
  it('is no company, though its name opens with a listed company’s name', () => {
    expect(names('中国船舶工业行业协会数据显示，上半年造船完工量增长。')).toEqual([]);
    expect(names('中国石油和化学工业联合会发布报告称，化工行业利润下降。')).toEqual([]);
    expect(names('中国建筑业协会表示，行业回暖；中国银行业协会也发布了报告。')).toEqual([]);
  });

  it('keeps the company where the association is a separate word', () => {
    expect(names('中国船舶与行业协会签署合作协议。')).toEqual(['中国船舶']);
    expect(names('中国石油和中国石化均发布了公告。')).toEqual(['中国石油', '中国石化']);
  });
});

describe('a role word ending in 商 before a name', () => {
  it('ends before the name (生产商, 提供商, 承包商)', () => {
    expect(names('全球主要钛白粉生产商克诺斯（Kronos Worldwide Inc.）二季度亏损扩大。')).toContain('克诺斯');
    expect(names('全球主要钛白粉生产商克诺斯（Kronos Worldwide Inc.）二季度亏损扩大。')).not.toContain(
      '钛白粉生产商克诺斯',
    );
    expect(names('云服务提供商瑞驰云（Ruichi Cloud Ltd.）宣布融资。').some((n) => n.startsWith('瑞驰云'))).toBe(true);
  });
});
