import { describe, expect, it } from 'vitest';
import {
  factSheetCsv,
  factSheetMarkdown,
  formatValue,
  quotesBySpeaker,
  uniqueCompanies,
} from '../../../src/notes/fact-sheet';
import type { PageEntity } from '../../../src/messaging/protocol';

const entities: PageEntity[] = [
  { id: 0, kind: 'company', text: '星河电池', ticker: '300999.SZ' },
  { id: 1, kind: 'figure', text: '12.6亿元', value: { number: 1260000000, unit: 'CNY' } },
  { id: 2, kind: 'figure', text: '51%', value: { number: 0.51, unit: '%' } },
  { id: 3, kind: 'quote', text: '我们看重的是海川材料的专利储备。', speaker: '周明' },
  { id: 4, kind: 'figure', text: '2024年', value: { date: '2024' } },
  { id: 5, kind: 'quote', text: '固态电池量产仍需时间' },
  { id: 6, kind: 'company', text: '星河电池' },
  { id: 7, kind: 'quote', text: '=cmd|"/c calc"!A1', speaker: '周明' },
];
const page = { url: 'https://finance.example.cn/a', title: '星河电池拟收购海川材料', entities };
const labels = { title: '要点', figures: '数字', quotes: '引语', companies: '公司', unattributed: '未署名' };

describe('fact sheet', () => {
  it('formats values', () => {
    expect(formatValue({ number: 1260000000, unit: 'CNY' })).toBe('1260000000 CNY');
    expect(formatValue({ low: 1, high: 2, unit: 'USD' })).toBe('1–2 USD');
    expect(formatValue({ date: '2024-Q3' })).toBe('2024-Q3');
    expect(formatValue(undefined)).toBe('');
  });

  it('groups quotes by speaker with the unattributed last, and lists each company once', () => {
    expect(quotesBySpeaker(entities).map(([s, l]) => [s, l.length])).toEqual([
      ['周明', 2],
      [undefined, 1],
    ]);
    expect(uniqueCompanies(entities)).toEqual([{ name: '星河电池', ticker: '300999.SZ', count: 2 }]);
  });

  it('writes Markdown with every figure, quote and company', () => {
    const md = factSheetMarkdown(page, labels);
    expect(md).toContain('# 要点: 星河电池拟收购海川材料');
    expect(md).toContain('## 数字 (3)');
    expect(md).toContain('| 12.6亿元 | 1260000000 CNY |');
    expect(md).toContain('### 周明 (2)');
    expect(md).toContain('### 未署名 (1)');
    expect(md).toContain('> =cmd\\|"/c calc"!A1');
    expect(md).toContain('- 星河电池 (300999.SZ)');
  });

  it('writes CSV with one row per entity, formulas neutralised', () => {
    const csv = factSheetCsv(page);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('kind,text,value,low,high,unit,date,speaker,ticker,url');
    expect(lines).toHaveLength(entities.length + 1);
    expect(lines[2]).toBe('figure,12.6亿元,1260000000,,,CNY,,,,https://finance.example.cn/a');
    expect(lines[8]).toBe(`quote,"'=cmd|""/c calc""!A1",,,,,,周明,,https://finance.example.cn/a`);
  });
});
