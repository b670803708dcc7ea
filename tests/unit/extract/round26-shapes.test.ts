import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract';
import { of } from './shape-helpers';

// A group's known short name right before a province or city names the group's unit there
// (国网江苏省电力有限公司, 国网四川省电力公司), not a separate firm that starts at the place.
describe('a group unit named by its province', () => {
  it('keeps the group name at the front of the unit', () => {
    const text = '国网江苏省电力有限公司表示，今年用电负荷创新高。国网四川省电力公司则启动了有序用电预案。';
    expect(of(text, 'company')).toEqual(['国网江苏省电力有限公司', '国网四川省电力公司']);
  });

  it('still starts a name at its place after an ordinary word', () => {
    const text = '项目要求岳溪市城市建设投资集团有限公司提供担保。';
    expect(of(text, 'company')).toEqual(['岳溪市城市建设投资集团有限公司']);
  });
});
