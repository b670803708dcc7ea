import { describe, expect, it } from 'vitest';
import { companies, figures, quotes } from './shape-helpers';

describe('round 117 (holdout476–478, session 28)', () => {
  it('reads a legal name opening with a Czech capital (ČEZ a.s.)', () => {
    expect(companies('PRAGUE, Nov. 18 — ČEZ a.s. (PSE: CEZ) said it would pay. Šumava Energie s.r.o. too.')).toEqual([
      'ČEZ a.s.',
      'Šumava Energie s.r.o.',
    ]);
  });

  it('takes no firm from a state’s deposit insurer or bad bank, a highland resort or a measure word', () => {
    expect(
      companies(
        'The Nigeria Deposit Insurance Corp., which pays depositors, and the Asset Management Corporation of Nigeria. Acme Asset Management Corp. grew. Resorts in the Genting Highlands filled up. 单台电饭煲的出厂价下调。',
      ),
    ).toEqual(['Acme Asset Management Corp.']);
  });

  it('reads no member unit before states, a count of baskets, and no figure in a spaced hotline number', () => {
    expect(
      figures(
        'Tariffs hit the 27 member states. The 15-member board met. 王秀兰把最后200多筐红富士装上了货车。Profeco opened a hotline, 55 5568 8722, to report abuses.',
      ),
    ).toEqual([
      ['27', 27],
      ['15-member', 15],
      ['200多筐', 200],
    ]);
  });

  it('finds a person opening a clause after a lead-in, with a Muslim given name (Ahmad Faizal … he said)', () => {
    expect(
      quotes(
        'Back at Sri Kenari, Ahmad Faizal has started paying a RM150 monthly attendance bonus. “It helps,” he said.',
      ),
    ).toEqual([['It helps,', 'Ahmad Faizal']]);
  });

  it('knows Irish dairies and banks, Tata Projects, Oxxo, Arca, ThyssenKrupp, Uhlmann, Amneal, TEMC, EPH, Sev.en Energy and 中南钻石', () => {
    expect(
      companies(
        'Tirlán, Lakeland Dairies, Kerry Dairy Ireland and Dairygold pay; Ornua’s index fell. Royal A-ware bought it with Bank of Ireland. Tata Projects buys. Arca Continental runs Oxxo stores; Arca said. ThyssenKrupp cut jobs. An Uhlmann line; Amneal said. 与当地气体企业TEMC合作。Energetický a průmyslový holding (EPH) and Sev.en Energy. 中兵红箭旗下中南钻石。',
      ),
    ).toEqual([
      'Tirlán',
      'Lakeland Dairies',
      'Kerry Dairy Ireland',
      'Dairygold',
      'Ornua',
      'Royal A-ware',
      'Bank of Ireland',
      'Tata Projects',
      'Arca Continental',
      'Oxxo',
      'Arca',
      'ThyssenKrupp',
      'Uhlmann',
      'Amneal',
      'TEMC',
      'Energetický a průmyslový holding',
      'EPH',
      'Sev.en Energy',
      '中兵红箭',
      '中南钻石',
    ]);
  });
});
