// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Card, type CardProps } from '../../../src/page/ui/Card';
import { FakeController } from './fake-controller';
import { useMessages } from './i18n';

let container: HTMLElement;
beforeEach(() => {
  useMessages('en');
  document.body.innerHTML = '';
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => render(null, container));

const show = (props: Partial<CardProps> & Pick<CardProps, 'entity'>) => {
  const all: CardProps = {
    anchor: { left: 100, top: 200, width: 80, height: 20 },
    locale: 'en',
    focus: false,
    onClose: vi.fn(),
    ...props,
  };
  act(() => render(<Card {...all} />, container));
  return { card: container.querySelector<HTMLElement>('[data-testid=card]')!, props: all };
};
const q = (sel: string) => container.querySelector(sel)?.textContent;

describe('Card', () => {
  it('shows a figure with its kind and normalised value', () => {
    const [e] = new FakeController().paint(document, '营收109.46亿元。', [
      { kind: 'figure', text: '109.46亿元', value: { number: 10946000000, unit: 'CNY' } },
    ]);
    const { card } = show({ entity: e });
    expect(card.getAttribute('role')).toBe('dialog');
    expect(q('.nm-chip')).toBe('Figure');
    expect(q('[data-testid=card-text]')).toBe('109.46亿元');
    expect(q('[data-testid=card-value]')).toBe('¥10,946,000,000');
    expect(container.querySelector('[data-testid=card-speaker]')).toBeNull();
  });

  it('labels a date as a date', () => {
    const [e] = new FakeController().paint(document, '截至2024年9月30日', [
      { kind: 'figure', text: '2024年9月30日', value: { date: '2024-09-30' } },
    ]);
    show({ entity: e });
    expect(q('.nm-dl dt')).toBe('Date');
    expect(q('[data-testid=card-value]')).toBe('September 30, 2024');
  });

  it('shows the speaker of a quote, or says none was found', () => {
    const c = new FakeController();
    const [a, b] = c.paint(document, '“并未拉开差距”，张伟说。“另一句”', [
      { kind: 'quote', text: '并未拉开差距', speaker: '张伟' },
      { kind: 'quote', text: '另一句' },
    ]);
    show({ entity: a });
    expect(q('[data-testid=card-text]')).toBe('“并未拉开差距”');
    expect(q('[data-testid=card-speaker]')).toBe('张伟');
    show({ entity: b });
    expect(q('[data-testid=card-speaker]')).toBe('Speaker not found');
  });

  it('shows the ticker and the watchlist mark of a company', () => {
    const [e] = new FakeController().paint(document, 'Shares of NVIDIA rose.', [
      { kind: 'company', text: 'NVIDIA', ticker: 'NASDAQ: NVDA', watched: true },
    ]);
    show({ entity: e });
    expect(q('.nm-chip')).toBe('Company');
    expect(q('[data-testid=card-ticker]')).toBe('NASDAQ: NVDA');
    expect(q('.nm-badge')).toContain('On your watchlist');
  });

  it('offers Add note only when the annotator handles it', () => {
    const [e] = new FakeController().paint(document, 'Up 5%.', [{ kind: 'figure', text: '5%' }]);
    show({ entity: e });
    expect(container.querySelector('[data-testid=card-add-note]')).toBeNull();
    const onAddNote = vi.fn();
    show({ entity: e, onAddNote });
    act(() => container.querySelector<HTMLButtonElement>('[data-testid=card-add-note]')!.click());
    expect(onAddNote).toHaveBeenCalledOnce();
  });

  it('closes on Escape and on its close button, and takes focus when asked', () => {
    const [e] = new FakeController().paint(document, 'Up 5%.', [{ kind: 'figure', text: '5%' }]);
    const { card, props } = show({ entity: e, focus: true });
    expect(document.activeElement).toBe(card);
    act(() => {
      card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(props.onClose).toHaveBeenCalledTimes(1);
    act(() => container.querySelector<HTMLButtonElement>('button[aria-label=Close]')!.click());
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('is placed next to the span once measured, and hidden while its span is off screen', () => {
    const [e] = new FakeController().paint(document, 'Up 5%.', [{ kind: 'figure', text: '5%' }]);
    const { card } = show({ entity: e, anchor: { left: 120, top: 300, width: 40, height: 18 } });
    expect(card.style.left).toBe('120px');
    expect(card.style.top).toBe('326px');
    expect(card.style.visibility).toBe('visible');
    const hidden = show({ entity: e, hidden: true }).card;
    expect(hidden.style.visibility).toBe('hidden');
  });

  it('speaks Chinese', () => {
    useMessages('zh_CN');
    const [e] = new FakeController().paint(document, '毛利率下降0.9个百分点', [
      { kind: 'figure', text: '0.9个百分点', value: { number: 0.9, unit: 'pp' } },
    ]);
    show({ entity: e, locale: 'zh-CN', onAddNote: () => undefined });
    expect(q('.nm-chip')).toBe('数字');
    expect(q('.nm-dl dt')).toBe('数值');
    expect(q('[data-testid=card-value]')).toBe('0.9个百分点');
    expect(q('[data-testid=card-add-note]')).toBe('添加笔记');
  });
});
