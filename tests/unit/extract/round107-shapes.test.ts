import { describe, expect, it } from 'vitest';
import { companies, figures } from './shape-helpers';

describe('round 107 (holdout446–448, session 27)', () => {
  it('takes the era’s name into a Republic of China year (民國110年, 民國114年6月)', () => {
    expect(figures('自民國110年需求高峰以來。金管會於民國114年6月發布。113年9月。')).toEqual([
      ['民國110年', '2021'],
      ['民國114年6月', '2025-06'],
      ['113年9月', '2024-09'],
    ]);
  });

  it('reads no dictionary word before a source’s data for a firm (交付数据显示), and knows 投中数据', () => {
    expect(companies('他说。\n\n交付数据显示，零跃汽车累计交付新车5.62万辆。投中数据显示，募资下滑。')).toEqual([
      '投中数据',
    ]);
  });

  it('takes a country after a known Latin name as the firm’s unit there (Airtel Kenya, KCB Bank Kenya, Santander UK)', () => {
    expect(
      companies('It signed deals with KCB Bank Kenya, and with Airtel Kenya to share towers. Santander UK rose.'),
    ).toEqual(['KCB Bank Kenya', 'Airtel Kenya', 'Santander UK']);
  });

  it('takes no city named after a firm for the firm (its headquarters in Toyota City)', () => {
    expect(companies('Toyota said so at its headquarters in Toyota City. Toyota rose.')).toEqual(['Toyota', 'Toyota']);
  });

  it('reads 净资本 as no tail, 高端 as a modifier, and knows 康希诺生物, 中银澳门, 金居开发 and Honda Motorcycle & Scooter India', () => {
    expect(
      companies(
        '截至6月末，皖江证券净资本为92.4亿元。改造为高端电子电路铜箔产线。康希诺生物（06185.HK）下滑。已与中銀澳門、大西洋銀行合作。台湾的金居开发。Loans through Honda Motorcycle & Scooter India still dominate.',
      ),
    ).toEqual(['皖江证券', '康希诺生物', '中銀澳門', '大西洋銀行', '金居开发', 'Honda Motorcycle & Scooter India']);
  });
});
