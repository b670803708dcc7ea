// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/options/App';
import { DEFAULT_SETTINGS, loadSettings, saveSetting } from '../../../src/settings';
import { useMessages } from './i18n';

let container: HTMLElement;
beforeEach(async () => {
  fakeBrowser.reset();
  useMessages('en');
  document.body.innerHTML = '';
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => render(<App />, container));
  await settle();
});
afterEach(() => render(null, container));

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 5)));
const $ = <T extends HTMLElement = HTMLElement>(id: string) => container.querySelector<T>(`[data-testid=${id}]`)!;
const type = async (id: string, text: string) => {
  const input = $<HTMLInputElement>(`${id}-input`);
  await act(() => {
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  await act(() => {
    $<HTMLButtonElement>(`${id}-add`).click();
  });
  await settle();
};

describe('options page', () => {
  it('shows the stored settings with labelled controls', () => {
    expect(container.querySelector('h1')!.textContent).toBe('newsmark settings');
    const box = $<HTMLInputElement>('kind-quote');
    expect(box.checked).toBe(true);
    expect(box.closest('label')!.textContent).toBe('Quotes');
    expect($<HTMLInputElement>('colour-figure').value).toBe(DEFAULT_SETTINGS.colours.figure);
    expect($('colour-watch').getAttribute('aria-label')).toBe('Colour of Watched companies');
    expect(container.textContent).toContain('newsmark runs on every site.');
  });

  it('turns a kind off and stores it', async () => {
    await act(() => {
      $<HTMLInputElement>('kind-quote').click();
    });
    await settle();
    expect((await loadSettings()).kinds).toEqual({ figure: true, quote: false, company: true });
    expect($('status').textContent).toBe('Saved.');
  });

  it('stores a colour when the picker commits it', async () => {
    const input = $<HTMLInputElement>('colour-company');
    await act(() => {
      input.value = '#112233';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await loadSettings()).colours.company).toBe('#112233');
  });

  it('refuses a bad host name with a clear message the input points to', async () => {
    await type('sites', 'not a host');
    const error = $('sites-error');
    expect(error.textContent).toBe('“not a host” is not a site name. Type one like news.example.com.');
    expect(error.getAttribute('role')).toBe('alert');
    const input = $('sites-input');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('sites-error');
    expect((await loadSettings()).disabledSites).toEqual([]);
    await type('sites', '');
    expect($('sites-error').textContent).toBe('Type a site first, for example news.example.com.');
  });

  it('adds a site from a pasted address, refuses a covered one, and removes it', async () => {
    await type('sites', 'https://Finance.Example.com/a/b.html');
    expect((await loadSettings()).disabledSites).toEqual(['finance.example.com']);
    expect($('sites-list').textContent).toContain('finance.example.com');
    expect($<HTMLInputElement>('sites-input').value).toBe('');
    await type('sites', 'finance.example.com');
    expect($('sites-error').textContent).toBe('newsmark is already off on finance.example.com.');
    await act(() => {
      container.querySelector<HTMLButtonElement>('[aria-label="Remove finance.example.com"]')!.click();
    });
    await settle();
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('keeps a company watchlist', async () => {
    await type('watch', '  宁德时代 ');
    await type('watch', 'NVIDIA');
    await type('watch', 'nvidia');
    expect($('watch-error').textContent).toBe('nvidia is already on the list.');
    expect((await loadSettings()).watchlist).toEqual(['宁德时代', 'NVIDIA']);
  });

  it('resets to the defaults, and Undo brings the settings back', async () => {
    await type('watch', 'NVIDIA');
    await act(() => {
      $<HTMLInputElement>('kind-figure').click();
    });
    await settle();
    await act(() => {
      $<HTMLButtonElement>('reset').click();
    });
    await settle();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect($<HTMLInputElement>('kind-figure').checked).toBe(true);
    expect($('status').textContent).toContain('Settings reset to their defaults.');
    await act(() => {
      $<HTMLButtonElement>('undo').click();
    });
    await settle();
    const back = await loadSettings();
    expect(back.watchlist).toEqual(['NVIDIA']);
    expect(back.kinds.figure).toBe(false);
    expect($<HTMLInputElement>('kind-figure').checked).toBe(false);
  });

  it('follows changes made elsewhere (another options tab)', async () => {
    await saveSetting('watchlist', ['腾讯']);
    await settle();
    expect($('watch-list').textContent).toContain('腾讯');
  });

  it('speaks Chinese', async () => {
    useMessages('zh_CN');
    await act(async () => render(<App key="zh" />, container));
    await settle();
    expect(container.querySelector('h1')!.textContent).toBe('newsmark 设置');
    await type('sites', 'news');
    expect($('sites-error').textContent).toBe('“news”不是有效的网站名称。请输入类似 news.example.com 的名称。');
  });
});
