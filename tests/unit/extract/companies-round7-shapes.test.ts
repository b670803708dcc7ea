import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// Original sentences (invented firms, none in the lexicon): shapes found on an unseen set, each tried on
// new wording, found and not found.

/** The company spans' texts, in order. */
const names = (text: string) => findCompanies(text).map((e) => e.text);

describe('a Chinese name with its Latin name in brackets', () => {
  it('takes both names of a firm the text places in a country or calls a firm', () => {
    expect(names('挪威的韦斯特瓦克（Vestravik）上月关闭了两座工厂。')).toEqual(['韦斯特瓦克', 'Vestravik']);
    expect(names('公司已与德国五金零售商卡尔赫姆（Kallheim Markt）签约。')).toEqual(['卡尔赫姆', 'Kallheim Markt']);
  });

  it('takes both when the Latin side holds an industry word, and later mentions of the Chinese name', () => {
    expect(names('智利的洛坎托矿业（Lokanto Minerals）暂停扩产，此后洛坎托矿业股价下跌。')).toEqual([
      '洛坎托矿业',
      'Lokanto Minerals',
      '洛坎托矿业',
    ]);
  });

  it('takes a name a dictionary word writes when the text has it act, and an acronym of a data firm', () => {
    expect(names('另一家巨头，雅安（Yarlane）则宣布削减开支。')).toEqual(['雅安', 'Yarlane']);
    expect(names('北方钢联网（NSG）数据显示，螺纹钢库存回落。')).toEqual(['北方钢联网', 'NSG']);
  });

  it('leaves people, terms and agencies in that shape alone', () => {
    expect(names('特斯拉首席执行官马斯克（Elon Musk）对此回应。')).toEqual(['特斯拉']);
    expect(names('英伟达创始人黄仁勋（Jensen Huang）出席了发布会。')).toEqual(['英伟达']);
    expect(names('这位名叫卡伦·斯托克（Karen Stoke）的女士表示反对。')).toEqual([]);
    expect(names('芯片（Chip）的供给仍然紧张。')).toEqual([]);
    expect(names('国家统计局（NBS）数据显示，物价平稳。')).toEqual([]);
    expect(names('大模型（LLM）的训练成本很高。')).toEqual([]);
  });
});

describe('fragments that only end like a name', () => {
  it('keeps a legal name whole when an industry word in it ends in a stop character (数据)', () => {
    expect(names('市场调研机构上海澜析数据科技有限公司发布了报告。')).toEqual(['上海澜析数据科技有限公司']);
  });

  it('takes no legal name made of industry words alone', () => {
    expect(names('据数据科技有限公司统计，销量回升。')).toEqual([]);
    expect(names('中国石油天然气集团有限公司发布公告。')).toEqual(['中国石油天然气集团有限公司']);
  });

  it('takes no clause that ends in 公司 as a name', () => {
    expect(names('这项补贴足以覆盖公司三年的亏损。')).toEqual([]);
    expect(names('这笔融资可以帮助公司扩大产能。')).toEqual([]);
    expect(names('咨询机构艾伦西斯治疗公司发布报告。')).toEqual(['艾伦西斯治疗公司']);
  });

  it('takes no time phrase before an industry word, nor a verb before 资本', () => {
    expect(names('近三年全球医药巨头纷纷加码。')).toEqual([]);
    expect(names('该行计划发行二级债充实资本，并引入资本参与改革。')).toEqual([]);
    expect(names('澜岳资本董事长沈川认为估值偏高。')).toEqual(['澜岳资本']);
  });
});

describe('English names a kind word, an appositive or a legal form marks', () => {
  it('reads a Nordic legal form with initials and a hyphen (A/S)', () => {
    expect(names('K.J. Tovholt-Rederi A/S said it would idle four ships.')).toEqual(['K.J. Tovholt-Rederi A/S']);
  });

  it('takes a name after "<word> firm(s)/platform/chain/carrier" and one listed after it', () => {
    expect(names('The lender hired restructuring firms Harrow Brothers and Pellam Global to advise it.')).toEqual([
      'Harrow Brothers',
      'Pellam Global',
    ]);
    expect(names('said an analyst at the freight data platform Quorvane.')).toEqual(['Quorvane']);
    expect(names('Closures hit grocery chain Fenwick Mart hardest.')).toEqual(['Fenwick Mart']);
    expect(names('The firm said Tuesday that sales fell.')).toEqual([]);
  });

  it('takes a name whose appositive calls it a carrier, and one "according to" a research firm', () => {
    expect(names('Ostmark Lines, a Bremen-based carrier with 14 ships, cut sailings.')).toEqual(['Ostmark Lines']);
    expect(names('Orders fell 8%, according to Harwell Research, a London consultancy.')).toEqual(['Harwell Research']);
    expect(names('according to Peter Harwell, a retired captain.')).toEqual([]);
  });

  it('runs a known name on into a unit that ends in an industry word, not into other words', () => {
    expect(names('data from S&P Global Market Intelligence show more filings.')).toEqual([
      'S&P Global Market Intelligence',
    ]);
    expect(names('Intel Capital led the round, and Apple Music grew.')).toEqual(['Intel Capital', 'Apple']);
  });
});
