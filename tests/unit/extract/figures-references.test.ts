import { describe, expect, it } from 'vitest';
import { spans } from './figure-helpers';

// Reference numbers are labels, not quantities (GUIDELINE.md §2.3–2.4: ordinals, enumerators and digits in
// names are not figures). Bugs found by reading what the engine marked on Readability's test pages (a
// Dropbox engineering post, the Mercurial guide, a translated Chinese science article): "figure 5",
// "Fig. 1", "bug 15", an issue number in a URL and 如图1所示 were highlighted as figures.
describe('reference numbers', () => {
  it('leaves out a number after a reference word (figure, page, step, bug, version…)', () => {
    expect(
      spans(
        'As figure 5 and Fig. 1 show (see table 2, page 14, pp. 3, chapter 3, section 4, step 2, item 4, ' +
          'bug 15, issue 48, version 3, rev 2, phase 3, stage 2, round 2, tier 1, flight 370, gate 4, episode 5).',
      ),
    ).toEqual([]);
  });

  it('leaves out a number after # and one inside a web address', () => {
    expect(spans('It fixed issue #48 and ranks #1 in sales.')).toEqual([]);
    expect(
      spans('See https://example.com/issues/48/page and example.org/2024/report?id=77 for the 12 charts.'),
    ).toEqual(['12']);
  });

  it('leaves out 图1 and 表2 where the text points at them (如图1所示, 见表2, 附件3)', () => {
    expect(spans('如图1所示，见表2，详见附件3，附录4列出了名单。')).toEqual([]);
  });

  it('leaves out list numbers at the start of an indented line', () => {
    expect(spans('Workers do three things:\n  1. poll tasks\n  2. push tasks onto queues\n')).toEqual([]);
  });

  it('keeps quantities next to the same words', () => {
    // (a page count as an adjective keeps its unit, as two blind gold sets mark it: a 64-page report, a 444-page filing)
    expect(spans('The 300-page report ran 14 pages longer; 3 figures stood out and 460 people signed.')).toEqual([
      '300-page',
      '14',
      '3',
      '460',
    ]);
    expect(spans('公司发表2篇论文，代表3家企业发言，力图3年内扭亏，图表显示营收增长12%。')).toEqual([
      '2篇',
      '3家',
      '3年',
      '12%',
    ]);
    expect(spans('It sold 40 units in round numbers, and 5 versions shipped.')).toEqual(['40', '5']);
  });
});
