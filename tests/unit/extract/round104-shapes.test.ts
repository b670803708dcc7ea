import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 104 (holdout437–439, session 27)', () => {
  it('reads MVA (兆伏安), g/cm³ and a peso as an adjective after a scale, and no figure in a US toll-free number', () => {
    expect(
      figures(
        '单台容量360兆伏安，压实密度可达2.65g/cm³。It signed a 5.2 billion peso loan. Call 1-800-555-0199 today.',
      ),
    ).toEqual([
      ['360兆伏安', 360],
      ['2.65g/cm³', 2.65],
      ['5.2 billion peso', 5200000000],
    ]);
  });

  it('reads a two-digit rand price before a comma in a rand story (to R41 from R36, arguing …)', () => {
    expect(figures('The rand fell. It raised its price target to R41 from R36, arguing that margins rise.')).toEqual([
      ['R41', 41],
      ['R36', 36],
    ]);
  });

  it('takes 公司 written after a known Chinese name into it (沙特电力公司, 迪尔公司), not after a Latin one or before 金融', () => {
    expect(
      companies('公司与沙特电力公司签约。迪尔公司表示。法国GTT公司的技术。建设银行公司金融部一位负责人说。'),
    ).toEqual(['沙特电力公司', '迪尔公司', 'GTT', '建设银行']);
  });

  it('ends a Malaysian name at Bhd, with its period only where the sentence goes on', () => {
    expect(
      companies(
        'It was built by Seletar Ridge Infrastructure Sdn. Bhd. for RM1.2 billion, a spokesperson for Tenaga Nasional Bhd. said. Gloves came from Hartalega Holdings Bhd.\n\nNext.',
      ),
    ).toEqual(['Seletar Ridge Infrastructure Sdn. Bhd.', 'Tenaga Nasional Bhd.', 'Hartalega Holdings Bhd']);
  });

  it('starts a name after a brand’s origin (日本品牌) and a provincial state firm (省属国企), and finds none in a county hospital group', () => {
    expect(
      companies(
        '日本品牌象印（Zojirushi）也在降价。控股股东为省属国企湖南潇湘产业投资集团有限公司。这批药品由瑞川县医疗集团统一采购。',
      ),
    ).toEqual(['象印', 'Zojirushi', '湖南潇湘产业投资集团有限公司']);
  });

  it('derives a brand through 生活 and 百货 (恒昇生活百货控股 → 恒昇), and takes no name in marks after 旗下', () => {
    expect(
      companies('零售商恒昇生活百货控股有限公司（01839.HK，以下简称“恒昇百货”）公布业绩。约30名恒昇员工求助。'),
    ).toEqual(['恒昇生活百货控股有限公司', '恒昇百货', '恒昇']);
    expect(companies('中通快递（NYSE: ZTO）旗下“兔喜生活”门店数已超过5万家。')).toEqual(['中通快递']);
  });

  it('knows 日立能源, 中国东方, Becton Dickinson and Digital Core REIT', () => {
    expect(
      companies(
        '日立能源、西门子能源扩产。中国信达、中国东方等资产管理公司。It bought Becton Dickinson in 2024. Digital Core REIT rose.',
      ),
    ).toEqual(['日立能源', '西门子能源', '中国信达', '中国东方', 'Becton Dickinson', 'Digital Core REIT']);
  });

  it('takes no quote for parallel phrases after 让 + object (让中选药品“进得来、用得上”)', () => {
    expect(quotes('院长介绍，为了让中选药品“进得来、用得上”，集团把药品目录统一。')).toEqual([]);
  });

  it('names a speaker with a two-character surname (董事长欧阳峻) and one who takes a stance (分析师沈思齐持谨慎态度。她认为)', () => {
    expect(
      speakers(
        '湘澜风电董事长欧阳峻此前多次公开批评行业的“内卷式”竞争。“风机是要在野外转25年的，钱最后都要在质量上还回去。”在12月10日的投资者交流会上，他这样说。',
      ),
    ).toEqual(['欧阳峻']);
    expect(
      speakers(
        '韩楚表示，公司将压缩投资。\n\n中金公司传媒行业分析师沈思齐持谨慎态度。她认为，短剧门槛低，“平台分成比例正在下降，长视频公司未必有优势”。',
      ),
    ).toEqual(['沈思齐']);
  });

  it('reads a demand opening the next sentence as no attribution (“…。”X发布的相关通知也要求，…)', () => {
    expect(
      speakers(
        '合作银行方面也在收紧。一位参与库融业务的股份制银行人士告诉记者，今年以来，银行对二手车库存融资的准入门槛明显提高，“以前看平台担保就放款，现在要看每一台车的实时估值。”国家金融监督管理总局此前发布的相关通知也要求，金融机构须加强对抵押物价值的动态管理。',
      ),
    ).toEqual(['一位参与库融业务的股份制银行人士']);
  });

  it('gives a quote to the person the sentence before opens with (Chief executive Antoine Ferrand struck a tone. "…")', () => {
    expect(
      speakers(
        'Chief executive Antoine Ferrand struck a more patient tone. "The Chinese client is the youngest client we have."\n\nNomvula Dlamini has followed mining shares for two decades at Johannesburg brokerage Protea Ridge Securities. "Nobody is sinking a new shaft at these prices."',
      ),
    ).toEqual(['Antoine Ferrand', 'Nomvula Dlamini']);
  });
});
