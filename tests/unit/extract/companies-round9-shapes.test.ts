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

describe('a list with a coded company and 等N家企业', () => {
  it('takes every item when one item carries its stock code', () => {
    expect(names('澜石化工（002731.SZ）、云栖钛业、青岚材料等十余家企业相继跟进提价。')).toEqual([
      '澜石化工',
      '云栖钛业',
      '青岚材料',
    ]);
  });
});

describe('corporate words of finance and shipping', () => {
  it('reads X金融租赁, X消费金融 and X再保险 as companies', () => {
    expect(names('公司向澄海金融租赁申请了回租融资。')).toEqual(['澄海金融租赁']);
    expect(names('据岚桥消费金融披露，不良率下降。')).toEqual(['岚桥消费金融']);
  });

  it('reads X Re, X Shipping and X Shipyard, and a name after broker or shipowner', () => {
    expect(names('Prices fell, according to broker Caldwell Re, while Marlow Re said demand held.')).toEqual([
      'Caldwell Re',
      'Marlow Re',
    ]);
    expect(names('The order went to Aldmoor Shipyard, and shipowner Kestrel Shipping signed for two more.')).toEqual([
      'Aldmoor Shipyard',
      'Kestrel Shipping',
    ]);
  });
});

describe('an acronym in brackets after an English legal name', () => {
  it('is the same company when it abbreviates the name, not when it is a ticker', () => {
    expect(names('Northern Basic Chemicals Corp. (NBC) cut output. NBC said demand was weak.')).toEqual([
      'Northern Basic Chemicals Corp.',
      'NBC',
      'NBC',
    ]);
    expect(names('Velora Inc. (VLRA) rose.')).toEqual(['Velora Inc.']);
  });
});

describe('a list a firm word introduces (供应商包括X、Y和Z)', () => {
  it('takes the items when each reads as a firm', () => {
    expect(names('其关键部件的主要供应商包括恒岚电气、澄莱应材和沃创精密。')).toEqual([
      '恒岚电气',
      '澄莱应材',
      '沃创精密',
    ]);
  });

  it('leaves a list of industries or kinds alone', () => {
    expect(names('公司客户包括汽车、家电和光伏企业。')).toEqual([]);
    expect(names('主要竞争对手包括海外巨头和国内新进入者。')).toEqual([]);
  });
});

describe('two names joined by 和 before the same corporate word', () => {
  it('starts the second name after the joiner (X金融租赁和Y金融租赁)', () => {
    expect(names('公司已向澄海金融租赁和岚桥金融租赁申请了回租融资。')).toEqual(['澄海金融租赁', '岚桥金融租赁']);
  });
});

describe('English names ending in Industries', () => {
  it('reads X Industries as a company, not a body named after industries', () => {
    expect(names('Velmora Industries has agreed to sell two sites.')).toEqual(['Velmora Industries']);
    expect(names('The Confederation of British Industries and the Creative Industries Federation objected.')).toEqual(
      [],
    );
  });
});

describe('a Latin word in brackets after a long run of Chinese', () => {
  // Bug (a Taiwanese travel blog among Readability's test pages): a dog's name in brackets after a line that
  // ran on into the next made 約如期出席這兩天肉肉 a company, and every later Hero with it.
  it('is no company name: a brand glossed by one word is short', () => {
    const text =
      '沒有缺席的藍天還是準時赴約如期出席\n這兩天肉肉(Hero)天雨濕滑無法自由奔跑都快悶壞了\n三家合照（Hero也一定要入鏡的）';
    expect(names(text)).toEqual([]);
    expect(names('伊莱克斯（Electrolux）则宣布裁员。')).toEqual(['伊莱克斯', 'Electrolux']);
  });
});
