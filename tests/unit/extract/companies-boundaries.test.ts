import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../src/extract/companies';

// Original sentences (invented companies): where a company span starts and ends when a descriptor, a role
// word or a verb touches it, phrases that only look like names, and names that only their context marks.

/** The company spans' texts, in order. */
const names = (text: string) => findCompanies(text).map((e) => e.text);

describe('a descriptor before the name is not part of it', () => {
  it('leaves "X-based" out of an English name', () => {
    expect(names('It bought Texas-based Harrowgate Pump Corp. in 2021.')).toEqual(['Harrowgate Pump Corp.']);
    expect(names('Its rival, Munich-listed Oberkamp Systems AG, declined to comment.')).toEqual([
      'Oberkamp Systems AG',
    ]);
  });

  it('leaves a role word (投资方, 收购方) out of a legal name', () => {
    expect(names('新引入的境内投资方苏州泓川创业投资合伙企业（有限合伙）拟出资5亿元。')).toEqual([
      '苏州泓川创业投资合伙企业（有限合伙）',
    ]);
    expect(names('本次交易的收购方杭州澄岳科技有限公司已完成尽调。')).toEqual(['杭州澄岳科技有限公司']);
    expect(names('北京澄岳境外投资有限公司完成备案。')).toEqual(['北京澄岳境外投资有限公司']);
  });

  it('leaves a verb or 非 before a name the article already knows out of it', () => {
    const text = '云台酒业发布公告称将调整渠道。明年将是考验云台酒业改革成效的关键一年，但下滑并非云台酒业一家独有。';
    expect(names(text)).toEqual(['云台酒业', '云台酒业', '云台酒业']);
    const legal =
      '四川沐川药业股份有限公司（以下简称“沐川药业”）公告称获批。这并非沐川药业首次出海，业内人士称这将检验沐川药业的研发实力。';
    expect(names(legal)).toEqual(['四川沐川药业股份有限公司', '沐川药业', '沐川药业', '沐川药业']);
  });
});

describe('a verb between two names ends the first', () => {
  it('splits "A委任/聘请/授权/控股 B有限公司" into two names', () => {
    expect(names('锦川地产委任澄海融资（香港）有限公司为财务顾问。')).toEqual(['锦川地产', '澄海融资（香港）有限公司']);
    expect(names('锦川地产聘请泓岳律师事务所担任法律顾问。')).toEqual(['锦川地产', '泓岳律师事务所']);
    expect(names('澄岭集团控股沐阳新材料有限公司已满三年。')).toEqual(['澄岭集团', '沐阳新材料有限公司']);
    expect(names('澄岭控股有限公司发布公告。')).toEqual(['澄岭控股有限公司']);
  });
});

describe('phrases that end in a corporate word are not names', () => {
  it('takes no finance term for a capital firm (永续资本债券, 资本回报)', () => {
    expect(names('该行拟发行不超过200亿元的无固定期限资本债券，以补充其他一级资本。')).toEqual([]);
    expect(names('我们不会为了扩张规模去牺牲资本回报。')).toEqual([]);
  });

  it('takes no analyst phrase before 公司 for a name (我们下调公司, 维持公司)', () => {
    expect(names('我们下调公司2026年盈利预测，维持公司“增持”评级。')).toEqual([]);
  });

  it('takes no description for a company (授予美国生物技术公司)', () => {
    expect(names('公司将该产品的海外权益授予美国生物技术公司。')).toEqual([]);
  });

  it('takes no time word or legal role for a name (截至, 执行事务合伙人)', () => {
    expect(names('重组支持协议已签署。截至公告日，已有七成债权人加入。')).toEqual([]);
    expect(names('该基金成立于2024年，执行事务合伙人为广东泓岳私募基金管理有限公司。')).toEqual([
      '广东泓岳私募基金管理有限公司',
    ]);
  });

  it('takes no index for a company, even one named after an exchange', () => {
    expect(names('The Boston Stock Exchange Biosciences Index rose, and the Halvern Robotics index fell.')).toEqual([]);
  });
});

describe('names only their context marks', () => {
  it('finds "X & Y" names with a company cue, and their short form', () => {
    const text =
      "Airlines grounded jets fitted with Hallam & Breck engines. Hallam & Breck's turbines need new seals, and Hallam & Breck said the fix takes a year. Carriers have asked Hallam for compensation.";
    expect(names(text)).toEqual(['Hallam & Breck', 'Hallam & Breck', 'Hallam & Breck', 'Hallam']);
    expect(names('Profit & Loss statements and Research & Development budgets grew.')).toEqual([]);
  });

  it('finds a name listed with known companies before 等车企 / 等企业', () => {
    expect(names('其电池主要配套江淮、理想等车企。')).toEqual(['江淮', '理想']);
    // 配套 starts a listed name only in a list: in a legal name it is part of the name.
    expect(names('长春富维汽车配套有限公司与江苏恒达配套服务有限公司签约。')).toEqual([
      '长春富维汽车配套有限公司',
      '江苏恒达配套服务有限公司',
    ]);
    expect(names('客户包括宁德时代、澄川储能和蓝岙电气等企业。')).toEqual(['宁德时代', '澄川储能', '蓝岙电气']);
  });

  it('takes the Chinese name before a known company alias in brackets', () => {
    expect(names('据研精锂电（GGII）统计，装机量同比增长。')).toEqual(['研精锂电', 'GGII']);
    expect(names('据澜图咨询（Canalys）数据，出货量下滑。')).toEqual(['澜图咨询', 'Canalys']);
  });
});
