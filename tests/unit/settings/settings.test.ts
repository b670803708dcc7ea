import { beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  panelCollapsedItem,
  resetSettings,
  saveSetting,
  saveSettings,
  watchSettings,
  type Settings,
} from '../../../src/settings';
import { defineSetting } from '../../../src/settings/item';

beforeEach(() => fakeBrowser.reset());

const nextSettings = () =>
  new Promise<Settings>((resolve) => {
    const stop = watchSettings((s) => {
      stop();
      resolve(s);
    });
  });

describe('loadSettings', () => {
  it('gives the defaults on a fresh install, without writing anything', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('reads what was saved, one storage item per setting', async () => {
    await saveSetting('kinds', { figure: true, quote: false, company: true });
    await saveSetting('watchlist', ['宁德时代', 'NVIDIA']);
    const stored = await browser.storage.local.get(null);
    expect(stored['settings.kinds']).toEqual({ figure: true, quote: false, company: true });
    expect(stored['settings.kinds$']).toEqual({ v: 1 });
    expect(stored['settings.watchlist']).toEqual(['宁德时代', 'NVIDIA']);
    const settings = await loadSettings();
    expect(settings.kinds.quote).toBe(false);
    expect(settings.watchlist).toEqual(['宁德时代', 'NVIDIA']);
    expect(settings.colours).toEqual(DEFAULT_SETTINGS.colours);
  });

  it('repairs damaged values field by field', async () => {
    await browser.storage.local.set({
      'settings.kinds': { figure: 'yes', quote: false },
      'settings.colours': { figure: 'red', quote: '#ABCDEF', company: 12 },
      'settings.disabledSites': ['Example.com', 'not a host', 42, 'example.com', 'https://news.qq.com/a'],
      'settings.watchlist': 'NVIDIA',
    });
    const settings = await loadSettings();
    expect(settings.kinds).toEqual({ figure: true, quote: false, company: true });
    expect(settings.colours.figure).toBe(DEFAULT_SETTINGS.colours.figure);
    expect(settings.colours.quote).toBe('#abcdef');
    expect(settings.colours.company).toBe(DEFAULT_SETTINGS.colours.company);
    expect(settings.disabledSites).toEqual(['example.com', 'news.qq.com']);
    expect(settings.watchlist).toEqual([]);
  });
});

describe('saveSettings', () => {
  it('stores every field in one write, which watchers see as one change', async () => {
    const all: Settings = {
      kinds: { figure: false, quote: true, company: true },
      colours: { ...DEFAULT_SETTINGS.colours, watch: '#000000' },
      disabledSites: ['example.com'],
      watchlist: ['腾讯'],
    };
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings(all);
    await new Promise((r) => setTimeout(r, 10));
    stop();
    expect(seen).toEqual([all]);
    expect(await loadSettings()).toEqual(all);
  });
});

describe('defineSetting migrations', () => {
  // A made-up item whose shape changed twice: v1 a comma string, v2 an array, v3 trimmed lower case.
  const item = defineSetting<string[]>('test.tags', {
    fallback: [],
    version: 3,
    migrations: {
      2: (old) => String(old).split(','),
      3: (old) => (old as string[]).map((s) => s.trim().toLowerCase()),
    },
    sanitize: (raw) => (Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string') : undefined),
  });

  it('upgrades a value without metadata (version 1) through every step and writes it back', async () => {
    await browser.storage.local.set({ 'test.tags': 'A, b ,C' });
    expect(await item.getValue()).toEqual(['a', 'b', 'c']);
    expect(await browser.storage.local.get(['test.tags', 'test.tags$'])).toEqual({
      'test.tags': ['a', 'b', 'c'],
      'test.tags$': { v: 3 },
    });
  });

  it('runs only the steps after the stored version', async () => {
    await browser.storage.local.set({ 'test.tags': [' X '], 'test.tags$': { v: 2 } });
    expect(await item.getValue()).toEqual(['x']);
  });

  it('leaves a current value alone and falls back when it is unusable', async () => {
    await item.setValue(['Kept As Is']);
    expect(await item.getValue()).toEqual(['Kept As Is']);
    await browser.storage.local.set({ 'test.tags': { not: 'an array' } });
    expect(await item.getValue()).toEqual([]);
    await item.removeValue();
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('loadSettings reads a version-1 value without metadata as current and writes nothing', async () => {
    await browser.storage.local.set({ 'settings.watchlist': ['腾讯'] });
    let writes = 0;
    browser.storage.onChanged.addListener(() => writes++);
    expect((await loadSettings()).watchlist).toEqual(['腾讯']);
    await new Promise((r) => setTimeout(r, 10));
    expect(writes).toBe(0);
  });
});

describe('watchSettings', () => {
  it('reports every change with the full settings', async () => {
    const next = nextSettings();
    await saveSetting('disabledSites', ['example.com']);
    expect((await next).disabledSites).toEqual(['example.com']);
  });

  it('ignores other keys and stops after unwatching', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await panelCollapsedItem.setValue(false);
    await browser.storage.local.set({ unrelated: 1 });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(0);
    stop();
    await saveSetting('watchlist', ['A']);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(0);
  });

  it('sees a reset as the defaults and keeps the panel state', async () => {
    await saveSetting('colours', { ...DEFAULT_SETTINGS.colours, figure: '#000000' });
    await panelCollapsedItem.setValue(false);
    const next = nextSettings();
    await resetSettings();
    expect(await next).toEqual(DEFAULT_SETTINGS);
    expect(await panelCollapsedItem.getValue()).toBe(false);
  });
});
