import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

// Shapes from the first runs of holdout68–70 (each with Taiwan and Hong Kong articles in traditional characters),
// each written here as a new sentence.

describe('figures', () => {
  it('reads a quarter written with a digit and no year as a period (第3季度, 前3季, Taiwan’s 第4季), 3季 as a count', () => {
    const es = extract('公司第2季營收創高，前3季累計獲利成長；第4季展望保守，毛利率已連續3季回升，3季度订单增加。', {
      kinds: ['figure'],
    });
    expect(es.map((e) => e.text)).toEqual(['第2季', '前3季', '第4季', '3季', '3季度']);
    expect(es.map((e) => e.value?.date ?? e.value?.unit)).toEqual(['--Q2', '--Q1/--Q3', '--Q4', '季', '--Q3']);
    expect(of('他在第3名之后。', 'figure')).toEqual([]);
  });

  it('reads a Taiwan stock code in brackets after a name as no figure, and as that company’s ticker', () => {
    const es = extract('廣達（2382）與緯穎（6669）上月營收同步成長12%；員工（2500）人。', {
      kinds: ['figure', 'company'],
    });
    expect(es.filter((e) => e.kind === 'figure').map((e) => e.text)).toEqual(['12%']);
    expect(es.filter((e) => e.kind === 'company').map((e) => `${e.text}#${e.ticker ?? ''}`)).toEqual([
      '廣達#2382',
      '緯穎#6669',
    ]);
  });

  it('reads Taiwan’s metric units (平方公尺, 公尺)', () => {
    expect(of('新廠佔地8.5萬平方公尺，廠房高24公尺。', 'figure')).toEqual(['8.5萬平方公尺', '24公尺']);
  });
});

describe('companies', () => {
  it('reads AWS and 中央汇金 as the companies every gold set marks them as', () => {
    expect(of('客户包括亚马逊旗下AWS。中央汇金投资有限责任公司（以下简称“中央汇金”）持股34%。', 'company')).toEqual([
      '亚马逊',
      'AWS',
      '中央汇金投资有限责任公司',
      '中央汇金',
    ]);
  });

  it('ends a Romance bank’s name before a title (Banco Lombardo Chief Executive …)', () => {
    expect(of('Banco Vesuvio Chief Executive Marco Rinaldi said the bid was fair.', 'company')).toEqual([
      'Banco Vesuvio',
    ]);
  });

  it('derives no short name from trade words alone (广东省|机场管理集团有限公司 gives no 机场管理, no 机场)', () => {
    const text =
      '广东省机场管理集团有限公司今年发行了公司债。机场扩建推动地方机场集团发债。该集团管理的机场共有7个，支线机场客流增长。';
    expect(of(text, 'company')).toEqual(['广东省机场管理集团有限公司']);
  });

  it('reads no company in a notice, a trading list, new shares, capex, internal capital, an advisory service or HIBOR', () => {
    const text = [
      '按照招募公告，投资人需缴纳保证金。龙虎榜数据显示，机构净买入1亿元。',
      '澜清股权投资合伙企业（有限合伙）认购公司新增股份。',
      '项目资本支出较大，利润留存补充内生资本。公司基金投顾服务降费。',
      '香港銀行同業拆息急跌。',
    ].join('\n');
    expect(of(text, 'company')).toEqual(['澜清股权投资合伙企业（有限合伙）']);
  });

  it('knows Italian and South African names that the lexicon lacked', () => {
    expect(of('Mediobanca and BPER Banca advised; Northam Platinum and Metals Focus said.', 'company')).toEqual([
      'Mediobanca',
      'BPER Banca',
      'Northam Platinum',
      'Metals Focus',
    ]);
  });
});

describe('quote speakers', () => {
  it('keeps the person of an inverted attribution for the next sentence’s quote, not the firm it names', () => {
    const text = [
      '"The price is full but not crazy," said Paolo Conti, an analyst at Milan brokerage Equita SIM, who estimated the deal would lift earnings by 7%. "The risk is execution."',
      '"The price is full," said Paolo Conti, an analyst at Equita SIM. "The risk is execution."',
    ].join('\n\n');
    expect(of(text, 'quote').map((q) => q.split('|')[1])).toEqual([
      'Paolo Conti',
      'Paolo Conti',
      'Paolo Conti',
      'Paolo Conti',
    ]);
  });

  it('reads "It said" after a body named after its noun (the workers\' union, FABI,)', () => {
    const text =
      'Output fell 12%, Lonmin said.\n\nItaly\'s largest bank workers\' union, UILCA, was not convinced. It said it would "fight any plan that cuts branches."';
    expect(of(text, 'quote')).toEqual(['fight any plan that cuts branches.|UILCA']);
  });

  it('names a Taiwan CFO (財務長) for 她說, and the describer after a time and place clause', () => {
    const text = [
      '晟澤財務長陳雅琳估算，新台幣每升值1%，毛利率減少0.3個百分點。「第3季的匯兌損失已全部反映。」她說。',
      '“客户排队找产能。”11月6日的业绩说明会上，江苏芯越集成电路股份有限公司（688799.SH，以下简称“芯越集成”）总裁吴泽宇这样形容订单。',
    ].join('\n');
    expect(of(text, 'quote')).toEqual(['第3季的匯兌損失已全部反映。|陳雅琳', '客户排队找产能。|吴泽宇']);
  });
});
