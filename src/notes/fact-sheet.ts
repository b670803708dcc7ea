import type { FigureValue } from '../extract/types';
import type { PageEntity } from '../messaging/protocol';
import { csvDocument, escapeMarkdown, markdownUrl } from './format';

/**
 * The "fact sheet" of one page: the figures (with their values), quotes (with speakers) and
 * companies (with tickers) newsmark found, as Markdown or CSV. Pure; headings come translated.
 */

/** Translated headings of the Markdown fact sheet. */
export interface FactSheetLabels {
  title: string;
  figures: string;
  quotes: string;
  companies: string;
  unattributed: string;
}

/** The page the fact sheet is about. */
export interface FactSheetPage {
  url: string;
  title: string;
  entities: PageEntity[];
}

/** A figure's value in words: `10946000000 CNY`, `0.9209 %`, `2024-Q3`, `1–2 USD`. */
export function formatValue(v: FigureValue | undefined): string {
  if (!v) return '';
  const parts: string[] = [];
  if (v.number != null) parts.push(String(v.number));
  else if (v.low != null || v.high != null) parts.push(`${v.low ?? ''}–${v.high ?? ''}`);
  if (v.unit) parts.push(v.unit);
  if (v.date) parts.push(v.date);
  return parts.join(' ');
}

/** Quotes grouped by speaker, in order of first appearance; unattributed last. */
export function quotesBySpeaker(entities: readonly PageEntity[]): [string | undefined, PageEntity[]][] {
  const groups = new Map<string | undefined, PageEntity[]>();
  for (const e of entities) {
    if (e.kind !== 'quote') continue;
    const list = groups.get(e.speaker) ?? [];
    list.push(e);
    groups.set(e.speaker, list);
  }
  return [...groups].sort(([a], [b]) => (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0));
}

/** Companies once each (first spelling), with the first ticker seen for them. */
export function uniqueCompanies(entities: readonly PageEntity[]): { name: string; ticker?: string; count: number }[] {
  const byName = new Map<string, { name: string; ticker?: string; count: number }>();
  for (const e of entities) {
    if (e.kind !== 'company') continue;
    const c = byName.get(e.text) ?? { name: e.text, count: 0 };
    c.count++;
    c.ticker ??= e.ticker;
    byName.set(e.text, c);
  }
  return [...byName.values()];
}

/** The fact sheet as Markdown: a heading per kind, figures as a table. */
export function factSheetMarkdown(page: FactSheetPage, labels: FactSheetLabels): string {
  const cell = (s: string) => escapeMarkdown(s).replace(/\n/g, ' ');
  const out = [`# ${cell(labels.title)}: ${cell(page.title || page.url)}`, '', `<${markdownUrl(page.url)}>`, ''];
  const figures = page.entities.filter((e) => e.kind === 'figure');
  if (figures.length) {
    out.push(`## ${cell(labels.figures)} (${figures.length})`, '', '| | |', '|---|---|');
    for (const f of figures) out.push(`| ${cell(f.text)} | ${cell(formatValue(f.value))} |`);
    out.push('');
  }
  const quotes = quotesBySpeaker(page.entities);
  if (quotes.length) {
    out.push(`## ${cell(labels.quotes)}`, '');
    for (const [speaker, list] of quotes) {
      out.push(`### ${cell(speaker ?? labels.unattributed)} (${list.length})`, '');
      for (const q of list) out.push(`> ${cell(q.text)}`, '');
    }
  }
  const companies = uniqueCompanies(page.entities);
  if (companies.length) {
    out.push(`## ${cell(labels.companies)} (${companies.length})`, '');
    for (const c of companies) out.push(`- ${cell(c.name)}${c.ticker ? ` (${cell(c.ticker)})` : ''}`);
    out.push('');
  }
  return out.join('\n');
}

/** The fact sheet as CSV (RFC 4180, BOM): one row per entity found, in reading order. */
export function factSheetCsv(page: FactSheetPage): string {
  const rows = page.entities.map((e) => [
    e.kind,
    e.text,
    e.value?.number != null ? String(e.value.number) : '',
    e.value?.low != null ? String(e.value.low) : '',
    e.value?.high != null ? String(e.value.high) : '',
    e.value?.unit ?? '',
    e.value?.date ?? '',
    e.speaker ?? '',
    e.ticker ?? '',
    page.url,
  ]);
  return csvDocument([['kind', 'text', 'value', 'low', 'high', 'unit', 'date', 'speaker', 'ticker', 'url'], ...rows]);
}
