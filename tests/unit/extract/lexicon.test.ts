import { describe, expect, it } from 'vitest';
import { COMPANIES_CN } from '../../../src/extract/lexicon/companies-cn';
import { COMPANIES_HK } from '../../../src/extract/lexicon/companies-hk';
import { COMPANIES_INTL } from '../../../src/extract/lexicon/companies-intl';
import { COMPANIES_PRIVATE } from '../../../src/extract/lexicon/companies-private';

/** The form each file's stock codes take (see the files' headers). */
const A_SHARE = /^(6\d{5}\.SH|[03]\d{5}\.SZ|[489]\d{5}\.BJ)$/;
const HK = /^\d{5}\.HK$/;
/** 'EXCHANGE: SYMBOL', as English news writes it; the exchanges the lexicon uses. */
const EXCHANGE_CODE =
  /^(NASDAQ|NYSE|LON|ETR|EPA|AMS|EBR|BIT|BME|SWX|STO|CPH|HEL|OSL|TYO|KRX|TPE|ASX|TSX|NSE|SGX|JSE|TADAWUL|BMV|BIST): [A-Z0-9][A-Z0-9.-]*$/;
const US = /^(NASDAQ|NYSE): [A-Z][A-Z.]*$/;

const FILES: Record<string, { list: readonly string[]; ticker: (code: string) => boolean }> = {
  cn: { list: COMPANIES_CN, ticker: (c) => A_SHARE.test(c) },
  // Hong Kong listings, and Chinese companies listed only in New York.
  hk: { list: COMPANIES_HK, ticker: (c) => HK.test(c) || US.test(c) },
  intl: { list: COMPANIES_INTL, ticker: (c) => EXCHANGE_CODE.test(c) },
  // Unlisted by definition: a listed company belongs with its market.
  private: { list: COMPANIES_PRIVATE, ticker: () => false },
};

/**
 * Names that must never be in the lexicon: products and models, regulators and government bodies,
 * universities and research institutes, exchanges, associations, media (GUIDELINE §4).
 */
const STOP = [
  // products, models, platforms
  'ChatGPT|Sora|可灵AI|可灵|Vidu|星火|元宝|钉钉|支付宝|微信|WeChat|淘宝|天猫|抖音|TikTok|豆包|iPhone|Mavic|A320',
  'AlphaGo|Gemini|Claude|Windows|Android|iFinD|问界|Kimi|Copilot|YouTube|Instagram|WhatsApp|Vega|DNC',
  // regulators, government, central banks, agencies
  '证监会|中国证监会|银保监会|国家金融监督管理总局|央行|中国人民银行|国家发改委|发改委|商务部|工信部|财政部|国资委',
  '国务院|国家市场监督管理总局|外汇局|NASA|Nasa|美国宇航局|FTC|SEC|Federal Reserve|美联储|欧洲央行|ECB|FAA|IMF',
  '美国联邦航空管理局|世界银行|World Bank',
  // universities and research institutes
  '北京大学|清华大学|浙江大学|复旦大学|剑桥大学|中国科学院|中科院|Yale University|Harvard University|MIT|斯坦福大学',
  // exchanges
  '上交所|深交所|北交所|港交所|香港交易所|上海证券交易所|深圳证券交易所|北京证券交易所|HKEX|Nasdaq|纳斯达克|纽交所',
  'NYSE|伦交所|LSE|CME|芝商所',
  // associations
  '中国连锁经营协会|中国汽车工业协会|中汽协|乘联会|中国证券业协会|中国基金业协会',
  // media (optional in the gold; left to context)
  '新华社|人民日报|央视|CCTV|BBC|Reuters|路透社|彭博社|Bloomberg News|财新|第一财经|中国经营报|华尔街日报|福克斯',
  'The Wall Street Journal|Financial Times|金融时报|视觉中国|Getty Images|Associated Press|美联社',
]
  .join('|')
  .split('|');

/** Ordinary words that may be company names only with the '~' marker (only-with-context). */
const MUST_BE_MARKED = [
  '苹果|长城|美的|平安|理想|联想|光大|民生|华夏|吉利|东风|长安|绿地|曙光|陆家嘴|王府井|新希望|海天|舍得|紫金|指南针',
  '大智慧|银河|招商|东方|中国|Target|Block|Visa|Shell|Gap|Next',
]
  .join('|')
  .split('|');

type Parsed = { file: string; entry: string; names: string[]; marked: boolean[]; code?: string; hashes: number };

function parse(file: string, entry: string): Parsed {
  const [namePart, code, ...rest] = entry.split('#');
  const raw = namePart.split('|');
  return {
    file,
    entry,
    names: raw.map((n) => n.replace(/^~/, '')),
    marked: raw.map((n) => n.startsWith('~')),
    code,
    hashes: rest.length + (code === undefined ? 0 : 1),
  };
}

const parsed: Parsed[] = Object.entries(FILES).flatMap(([file, { list }]) => list.map((e) => parse(file, e)));

describe('company lexicon', () => {
  it.each(Object.keys(FILES))('%s is non-empty, and sorted ignoring a leading ~', (file) => {
    const list = FILES[file].list;
    expect(list.length).toBeGreaterThan(100);
    const key = (s: string) => s.replace(/^~/, '');
    for (let i = 1; i < list.length; i++) {
      expect(key(list[i - 1]) < key(list[i]), `${file}: ${list[i - 1]} before ${list[i]}`).toBe(true);
    }
  });

  it('has names without stray spaces or markers', () => {
    for (const { entry, names } of parsed) {
      for (const name of names) {
        expect(name, entry).not.toBe('');
        expect(name, entry).toBe(name.trim());
        expect(name, entry).not.toMatch(/\s{2}|[\t\n\r~#|,，、]/);
        // One CJK character or one Latin letter matches almost anywhere.
        expect(name.length, entry).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('writes stock codes in the form of each market', () => {
    for (const { file, entry, code, hashes } of parsed) {
      expect(hashes, `one '#' at most in ${entry}`).toBeLessThanOrEqual(1);
      if (code === undefined) continue;
      expect(FILES[file].ticker(code), `${file}: ${entry}`).toBe(true);
    }
  });

  it('gives each name and each stock code to one company only', () => {
    const seen = new Map<string, string>();
    const codes = new Map<string, string>();
    for (const { entry, names, code } of parsed) {
      // Case-insensitive for Latin names: 'Nvidia' and 'NVIDIA' must not belong to two companies.
      for (const name of new Set(names.map((n) => n.toLowerCase()))) {
        expect(seen.get(name), `${name} in ${entry}`).toBeUndefined();
        seen.set(name, entry);
      }
      if (code) {
        expect(codes.get(code), `${code} in ${entry}`).toBeUndefined();
        codes.set(code, entry);
      }
    }
  });

  it('holds no product, regulator, university, exchange, association or media name', () => {
    const all = new Set(parsed.flatMap((p) => p.names));
    expect(STOP.filter((s) => all.has(s))).toEqual([]);
  });

  it('holds no bare company suffix or generic noun', () => {
    const generic =
      '公司|集团|控股|股份|银行|证券|保险|基金|资本|科技|企业|车企|券商|Inc|Group|Holdings|Bank|Capital|AI';
    const all = new Set(parsed.flatMap((p) => p.names));
    expect(generic.split('|').filter((g) => all.has(g))).toEqual([]);
  });

  it("marks ordinary words with '~'", () => {
    for (const { entry, names, marked } of parsed) {
      names.forEach((name, i) => {
        if (MUST_BE_MARKED.includes(name)) expect(marked[i], `${name} in ${entry}`).toBe(true);
      });
    }
  });

  it('holds the companies news mentions most', () => {
    const all = new Set(parsed.flatMap((p) => p.names));
    const wanted = [
      '贵州茅台',
      '宁德时代',
      '腾讯',
      'Tencent',
      '阿里巴巴',
      '英伟达',
      'NVIDIA',
      '台积电',
      'TSMC',
      '苹果',
      '华为',
    ];
    wanted.push('字节跳动', 'OpenAI', '高盛', 'Goldman Sachs', '中信证券', '惠誉', 'Gartner', '三星', '比亚迪', '小米');
    expect(wanted.filter((w) => !all.has(w))).toEqual([]);
  });
});
