import { describe, expect, it } from 'vitest';
import { companies, figures, quotes, speakers } from './shape-helpers';

describe('round 111 (holdout458–460, session 27)', () => {
  it('reads a share and its hundredths written with digits (2成5 → 0.25), alone and as a range’s end', () => {
    expect(figures('運價較第3季再下滑2成至2成5，淡季效應。下滑約2成5。增长3成。')).toEqual([
      ['第3季', '--Q3'],
      ['2成至2成5', 0.2],
      ['2成5', 0.25],
      ['3成', 0.3],
    ]);
  });

  it('takes no verb for a firm (拟改聘会计师事务所, 结束旗下5间酒楼)', () => {
    expect(companies('4家上市公司发布公告，拟改聘会计师事务所。金禧饮食集团有限公司今年亦已结束旗下5间酒楼。')).toEqual(
      ['金禧饮食集团有限公司'],
    );
  });

  it('takes no store’s name in marks for a quote, but keeps one that ends in 门店', () => {
    expect(quotes('公司开设了主打“一日三餐”的“三只松鼠国民零食店”。')).toEqual([]);
    expect(quotes('覆盖95%以上的门店，“下单后48小时内送达门店”。')).toHaveLength(1);
  });

  it('knows Mellanox, Aerolíneas Argentinas, Mitr Phol, TASA and 朗德万斯', () => {
    expect(
      companies(
        'Nvidia agreed to buy Mellanox. Aerolíneas Argentinas flies there. Mitr Phol rose. TASA holds quota. 木林森旗下的朗德万斯（LEDVANCE）。',
      ),
    ).toEqual(['Nvidia', 'Mellanox', 'Aerolíneas Argentinas', 'Mitr Phol', 'TASA', '木林森', '朗德万斯', 'LEDVANCE']);
  });
});

describe('round 111, residuals (session 27)', () => {
  it('names no predicate with a need (拟中选结果尚需经公示…|确认) nor a clause a repeated verb ends (也曾在内部讲话中反复|强调)', () => {
    expect(
      speakers(
        '瑞衡医疗方面表示，拟中选结果尚需经公示及相关程序确认，“最终中选结果以联合采购办公室正式公告为准”。\n\n体操运动员出身的李宁创始人李宁，也曾在内部讲话中反复强调“库存是品牌的头号敌人，比竞争对手更可怕”。',
      ),
    ).toEqual(['瑞衡医疗', '李宁']);
  });
});
