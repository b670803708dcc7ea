import { describe, expect, it } from 'vitest';
import { quotes } from './shape-helpers';

describe('round 119 (holdout479–481 speakers, and holdout482–484, session 28)', () => {
  it('gives a quote opening its paragraph to the one the paragraph before has say it, with a colon', () => {
    expect(
      quotes(
        '养殖户林阿水站在码头上，指着自家养殖区所在的方向说：\n\n“网帘是9月底刚下海的，一夜之间全被卷走了。\n\n“现在再补苗已经来不及。”',
      ).map((q) => q[1]),
    ).toEqual(['林阿水', '林阿水']);
  });

  it('reads who explains something before a colon (黃家豪…解釋出售原因：「…」)', () => {
    expect(
      quotes('嘉峰置業行政總裁黃家豪11月26日在電話會議上解釋出售原因：「持有收租物業的融資成本高過租金回報。」'),
    ).toEqual([['持有收租物業的融資成本高過租金回報。', '黃家豪']]);
  });
});
