import { describe, expect, it } from 'vitest';
import { companies, speakers } from './shape-helpers';

describe('round 126 (holdout503–505, session 29)', () => {
  it('names a titled person before 回顾; a subject and its verb of saying for words after a comma; a surname named in full before', () => {
    expect(
      speakers(
        '在年会现场，粉香居创始人兼董事长邱建平回顾了品牌起步的经历。“我们不追求开得最快。”他说。\n\n村民老钱提议把地块改种高粱，也就是当地人说的红粮，“起码还能剩点收成”。\n\nChief Executive Annelies de Wit spoke first. An analyst doubted it.\n\nDe Wit rejected that reading on a call. "We are not buying time."',
      ),
    ).toEqual(['邱建平', '老钱', 'De Wit']);
  });

  it('keeps a speaker who opens the sentence with 进一步指出 over a clause that 要求 ends', () => {
    expect(
      speakers(
        '韩立松表示，增资势在必行。韩立松进一步指出，按照《商业银行资本管理办法》，村镇银行适用第三档监管要求，资本计量相对简单。“只有补进来的是核心一级资本，才能让存款人放心。”',
      ),
    ).toEqual(['韩立松']);
  });

  it('takes no firm from a winery or a farm before a title, 转到…银行, 乃至…控股, or millet named after its grain', () => {
    expect(
      companies(
        '怀来云岭酒庄有限公司损失不轻。酒庄总经理田慕白说，损失很大。我可能就把钱转到大银行去了。主发起行增持乃至全资控股。改种谷子，也就是当地人说的小米。',
      ),
    ).toEqual(['怀来云岭酒庄有限公司']);
  });

  it('derives a short name through 进出口, 果品 and 再生资源, and a Portuguese mill by the words before its particle', () => {
    expect(
      companies(
        '河北润泽果品进出口有限公司是最大的出口企业。润泽果品供应雅加达。湖北钴源再生资源科技股份有限公司公告。钴源在补课。Usina Boa Vista do Tietê S.A. filed. Boa Vista said creditors agreed.',
      ),
    ).toEqual([
      '河北润泽果品进出口有限公司',
      '润泽果品',
      '湖北钴源再生资源科技股份有限公司',
      '钴源',
      'Usina Boa Vista do Tietê S.A.',
      'Boa Vista',
    ]);
  });

  it('takes a partner in a merger or a joint venture as a firm, and knows Verisk CargoNet, TurboChef, 中粮长城, 霸蛮 and 蒙自源', () => {
    expect(
      companies(
        'OMV agreed to merge with Borealis. The plant, a joint venture with Dow, closed. Thefts reported to Verisk CargoNet rose. Chains install TurboChef ovens. 中粮长城、霸蛮和蒙自源。',
      ),
    ).toEqual(['OMV', 'Borealis', 'Dow', 'Verisk CargoNet', 'TurboChef', '中粮长城', '霸蛮', '蒙自源']);
  });
});
