import { describe, expect, it } from 'vitest';
import { companies, figures, speakers } from './shape-helpers';

describe('round 124 (holdout497–499, session 29)', () => {
  it('reads 钱 and 多道, a dozen and a piece as rates; no figure in an international phone number or in 从0到1', () => {
    expect(
      figures(
        '规格为3钱至5钱的小龙虾，一片晶圆要经历100多道清洗。Eggs reached C$5.99 a dozen and tiles $2 a piece. Call +44 20 7946 0321 for help. 这项技术仍处于“从0到1”阶段，投入从0到1万元不等。',
      ),
    ).toEqual([
      ['3钱至5钱', 3],
      ['100多道', 100],
      ['C$5.99 a dozen', 5.99],
      ['$2 a piece', 2],
      ['0到1万元', 0],
    ]);
  });

  it('gives no speaker to a noun before 说话 or 说明, nor a person to a field before 种; a pronoun after a noun is the subject', () => {
    expect(
      speakers(
        '韦晓岚回忆，去年有一批货被要求重新检测，原因是包装上的配料说明没有标明过敏原。“那一次损失了将近60万元，”她说。\n\n孙海涛说，电动船要普及，最终还是要靠安全记录说话。“我们不追求第一个吃螃蟹。”\n\n合作社拿出一成的田块改种谷子。“有的老社员一开始不理解。”马文杰坦言。\n\nLucia Ferraro said the group would move assembly to a plant near Sfax, Tunisia, a shift she said would take a year.\n\n"It is not a relocation," she said.',
      ),
    ).toEqual(['韦晓岚', '孙海涛', '马文杰', 'Lucia Ferraro']);
  });

  it("takes an Italian firm's name after its trade, and a founder's surname that speaks as the person", () => {
    expect(
      companies(
        'Pastificio Valdorno S.p.A. raised prices. Valdorno said demand held. Founder Chiara Bertolin owns Bertolin Partecipazioni S.r.l. "We will not sell," Bertolin said.',
      ),
    ).toEqual(['Pastificio Valdorno S.p.A.', 'Valdorno', 'Bertolin Partecipazioni S.r.l.']);
  });

  it('takes no firm from a special fund, a kind of branch, 研究修订 or a crop', () => {
    expect(
      companies(
        '公司拿出两千万元设立专项激励基金，并新设10家综合型分公司。监管部门正在研究修订证券公司分类评价指标。农户改种小米和玉米。',
      ),
    ).toEqual([]);
  });

  it('knows Marcolin, Kering Eyewear, Illovo, Tongaat Hulett, Vornado, Hudson Pacific, Trinseo, 谱尼测试, 利丰, 好欢螺 and 螺霸王', () => {
    expect(
      companies(
        'Kering Eyewear and Marcolin grew. Illovo Sugar Africa and Tongaat Hulett cut output. Vornado Realty Trust and Hudson Pacific Properties cut dividends. Trinseo closed a plant. 谱尼测试和利丰，好欢螺、螺霸王。',
      ),
    ).toEqual([
      'Kering Eyewear',
      'Marcolin',
      'Illovo Sugar Africa',
      'Tongaat Hulett',
      'Vornado Realty Trust',
      'Hudson Pacific Properties',
      'Trinseo',
      '谱尼测试',
      '利丰',
      '好欢螺',
      '螺霸王',
    ]);
  });
});
