// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOST_TAG, mountPageUi, type PageUiHandle } from '../../../src/page/ui/mount';
import { HOVER_DELAYS } from '../../../src/page/ui/pointer';
import { DEFAULT_COLOURS, panelCollapsedItem, saveSetting } from '../../../src/settings';
import { FakeController } from './fake-controller';
import { useMessages } from './i18n';

let shadow: ShadowRoot | undefined;
let invalidate: () => void;
let ui: PageUiHandle | undefined;
const ctx = { onInvalidated: (cb: () => void) => void (invalidate = cb) };
const realAttach = Element.prototype.attachShadow;

beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
  shadow = undefined;
  // The root is closed to the page; the test keeps the reference attachShadow hands to newsmark.
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    shadow = realAttach.call(this, init);
    return shadow;
  });
});
afterEach(() => {
  ui?.unmount();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Lets storage promises, the mount and Preact's effects settle. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await new Promise((r) => setTimeout(r, 0));
};
const $ = (id: string) => shadow?.querySelector<HTMLElement>(`[data-testid=${id}]`) ?? null;
const hosts = () => document.querySelectorAll(HOST_TAG);
const move = (x: number, y: number, target: EventTarget = document.body) =>
  target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, composed: true }));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function paintArticle(c: FakeController) {
  return c.paint(document, '比亚迪第三季度营收2011亿元。“我们不打价格战”，王传福说。', [
    { kind: 'company', text: '比亚迪', ticker: '002594.SZ' },
    { kind: 'figure', text: '2011亿元', value: { number: 201100000000, unit: 'CNY' } },
    { kind: 'quote', text: '我们不打价格战', speaker: '王传福' },
  ]);
}

describe('mountPageUi', () => {
  it('adds nothing to a page without entities, and mounts once entities arrive', async () => {
    const c = new FakeController();
    ui = mountPageUi(ctx, document, c);
    await settle();
    expect(hosts()).toHaveLength(0);
    paintArticle(c);
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0].shadowRoot).toBeNull(); // closed
    expect(hosts()[0].parentElement).toBe(document.documentElement);
    expect(hosts()[0].getAttribute('style')).toMatch(/z-index: ?2147483647 ?!important/);
    expect($('panel-pill')).not.toBeNull();
  });

  it('removes its host and listeners when the content script is invalidated', async () => {
    const c = new FakeController();
    paintArticle(c);
    ui = mountPageUi(ctx, document, c);
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(c.listenerCount).toBe(1);
    invalidate();
    expect(hosts()).toHaveLength(0);
    expect(c.listenerCount).toBe(0);
    c.calls.length = 0;
    move(10, 10);
    await wait(HOVER_DELAYS.show + 50);
    expect(c.calls).toEqual([]);
  });

  it('opens a card after the pointer rests on a highlight, and closes it when it leaves', async () => {
    const c = new FakeController();
    const [company] = paintArticle(c);
    ui = mountPageUi(ctx, document, c);
    await settle();
    c.underPointer = company;
    move(110, 205);
    await wait(40);
    expect($('card')).toBeNull(); // not at once: the reader may just be passing by
    await wait(HOVER_DELAYS.show);
    expect($('card')?.dataset.kind).toBe('company');
    expect($('card-ticker')?.textContent).toBe('002594.SZ');
    expect(c.calls).toContain('entityAt 110 205');
    // Moving onto the card keeps it open.
    move(0, 0, hosts()[0]);
    await wait(HOVER_DELAYS.hide + 50);
    expect($('card')).not.toBeNull();
    c.underPointer = undefined;
    move(500, 500);
    await wait(HOVER_DELAYS.hide + 50);
    expect($('card')).toBeNull();
  });

  it('hit-tests at most once a frame however fast the pointer moves', async () => {
    const c = new FakeController();
    paintArticle(c);
    ui = mountPageUi(ctx, document, c);
    await settle();
    c.calls.length = 0;
    for (let i = 0; i < 30; i++) move(100 + i, 200);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    expect(c.calls).toEqual(['entityAt 129 200']);
  });

  it('closes a hover card when the pointer moves onto the panel, whatever highlight lies beneath', async () => {
    const c = new FakeController();
    const [company] = paintArticle(c);
    ui = mountPageUi(ctx, document, c);
    await settle();
    c.underPointer = company;
    move(110, 205);
    await wait(HOVER_DELAYS.show + 50);
    expect($('card')).not.toBeNull();
    move(900, 700, hosts()[0]); // over the host, away from the card (happy-dom lays the card out at 0,0)
    await wait(HOVER_DELAYS.hide + 50);
    expect($('card')).toBeNull();
  });

  it('opens a pinned, focused card on click; Escape closes it', async () => {
    const c = new FakeController();
    const [, figure] = paintArticle(c);
    ui = mountPageUi(ctx, document, c);
    await settle();
    c.underPointer = figure;
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 120, clientY: 210, bubbles: true }));
    await settle();
    expect($('card-value')?.textContent).toBe('¥201,100,000,000');
    expect(shadow!.activeElement).toBe($('card'));
    // Hovering elsewhere does not close a pinned card.
    c.underPointer = undefined;
    move(600, 600);
    await wait(HOVER_DELAYS.hide + 50);
    expect($('card')).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect($('card')).toBeNull();
  });

  it('does not open a card for a click that ends a text selection or follows a link', async () => {
    const c = new FakeController();
    const [company] = paintArticle(c);
    const link = document.createElement('a');
    link.href = '#x';
    link.textContent = 'link';
    document.body.append(link);
    ui = mountPageUi(ctx, document, c);
    await settle();
    c.underPointer = company;
    link.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    expect($('card')).toBeNull();
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    document.getSelection()!.addRange(range);
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    expect($('card')).toBeNull();
  });

  it('Add note hands the range and entity to the annotator and closes the card', async () => {
    const c = new FakeController();
    const [, , quote] = paintArticle(c);
    const onAddNote = vi.fn();
    ui = mountPageUi(ctx, document, c, { onAddNote });
    await settle();
    c.underPointer = quote;
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    $('card-add-note')!.click();
    await settle();
    expect(onAddNote).toHaveBeenCalledWith(quote.range, quote);
    expect($('card')).toBeNull();
  });

  it('keyboard: choosing a panel entry scrolls to it, opens its card, and Escape returns focus', async () => {
    await panelCollapsedItem.setValue(false);
    const c = new FakeController();
    paintArticle(c);
    ui = mountPageUi(ctx, document, c);
    await settle();
    $('panel-open-quote')!.click();
    await settle();
    const item = shadow!.querySelector<HTMLElement>('[data-testid=panel-list-quote] .nm-item')!;
    item.focus();
    item.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 })); // Enter on a button
    await settle();
    expect(c.calls).toContain('scrollTo 2');
    expect($('card')?.dataset.kind).toBe('quote');
    expect(shadow!.activeElement).toBe($('card'));
    $('card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect($('card')).toBeNull();
    expect(shadow!.activeElement).toBe(item);
  });

  it('remembers the collapsed state and toggles the panel on request', async () => {
    const c = new FakeController();
    paintArticle(c);
    ui = mountPageUi(ctx, document, c);
    await settle();
    expect($('panel')).toBeNull();
    ui.togglePanel();
    await settle();
    expect($('panel')).not.toBeNull();
    expect(await panelCollapsedItem.getValue()).toBe(false);
    $('panel-collapse')!.click();
    await settle();
    expect($('panel')).toBeNull();
    expect(await panelCollapsedItem.getValue()).toBe(true);
  });

  it('follows the controller: new counts, and the card goes when its kind is hidden', async () => {
    await panelCollapsedItem.setValue(false);
    const c = new FakeController();
    const [company] = paintArticle(c);
    ui = mountPageUi(ctx, document, c);
    await settle();
    expect($('panel-count-figure')!.textContent).toBe('1');
    c.paint(document, 'Revenue rose 12%.', [{ kind: 'figure', text: '12%' }]);
    await settle();
    expect($('panel-count-figure')!.textContent).toBe('2');
    c.underPointer = company;
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    expect($('card')).not.toBeNull();
    $('panel-toggle-company')!.click();
    await settle();
    expect(c.isVisible('company')).toBe(false);
    expect($('card')).toBeNull();
  });

  it('applies the colours from the settings, live', async () => {
    const c = new FakeController();
    paintArticle(c);
    ui = mountPageUi(ctx, document, c);
    await settle();
    const root = () => shadow!.querySelector<HTMLElement>('.nm-root')!;
    expect(root().style.getPropertyValue('--figure')).toBe(DEFAULT_COLOURS.figure);
    await saveSetting('colours', { ...DEFAULT_COLOURS, figure: '#123456' });
    await settle();
    expect(root().style.getPropertyValue('--figure')).toBe('#123456');
  });

  it('never throws into the page when the controller breaks', async () => {
    const c = new FakeController();
    c.entities = () => {
      throw new Error('broken');
    };
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(() => (ui = mountPageUi(ctx, document, c))).not.toThrow();
    expect(hosts()).toHaveLength(0);
    expect(debug).toHaveBeenCalled();
  });
});
