// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { LIST_LIMIT, Panel, type PanelProps } from '../../../src/page/ui/Panel';
import { FakeController } from './fake-controller';
import { useMessages } from './i18n';

let container: HTMLElement;
let controller: FakeController;
beforeEach(() => {
  useMessages('en');
  document.body.innerHTML = '';
  container = document.createElement('div');
  document.body.append(container);
  controller = new FakeController();
  controller.paint(
    document,
    '宁德时代去年营收4009亿元，同比增长22%。“我们会继续投入研发”，曾毓群表示。宁德时代的股价上涨3%。“需求仍然强劲”，曾毓群说。“不便评论”。',
    [
      { kind: 'company', text: '宁德时代', ticker: '300750.SZ' },
      { kind: 'figure', text: '4009亿元', value: { number: 400900000000, unit: 'CNY' } },
      { kind: 'figure', text: '22%', value: { number: 0.22, unit: '%' } },
      { kind: 'quote', text: '我们会继续投入研发', speaker: '曾毓群' },
      { kind: 'company', text: '宁德时代', nth: 1 },
      { kind: 'figure', text: '3%', value: { number: 0.03, unit: '%' } },
      { kind: 'quote', text: '需求仍然强劲', speaker: '曾毓群' },
      { kind: 'quote', text: '不便评论' },
    ],
  );
});
afterEach(() => render(null, container));

function show(props: Partial<PanelProps> = {}) {
  const all: PanelProps = {
    controller,
    version: 0,
    collapsed: false,
    locale: 'en',
    onCollapsedChange: vi.fn(),
    onChoose: vi.fn(),
    ...props,
  };
  act(() => render(<Panel {...all} />, container));
  return all;
}
const $ = (id: string) => container.querySelector<HTMLElement>(`[data-testid=${id}]`)!;
const click = (el: Element, detail = 1) =>
  act(() => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, detail }));
  });

describe('Panel', () => {
  it('collapsed: a small button with the counts, which expands it', () => {
    const props = show({ collapsed: true });
    const pill = $('panel-pill');
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(pill.textContent).toContain('3Figures');
    expect(pill.textContent).toContain('2Companies');
    click(pill);
    expect(props.onCollapsedChange).toHaveBeenCalledWith(false);
  });

  it('counts each kind and collapses again', () => {
    const props = show();
    expect($('panel').getAttribute('aria-label')).toBe('newsmark legend');
    expect($('panel-count-figure').textContent).toBe('3');
    expect($('panel-count-quote').textContent).toBe('3');
    expect($('panel-count-company').textContent).toBe('2');
    expect($('panel-collapse').getAttribute('aria-expanded')).toBe('true');
    click($('panel-collapse'));
    expect(props.onCollapsedChange).toHaveBeenCalledWith(true);
  });

  it('toggles a kind through the controller, with aria-pressed following', () => {
    show();
    const toggle = $('panel-toggle-quote');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.getAttribute('aria-label')).toBe('Show Quotes');
    click(toggle);
    expect(controller.calls).toContain('setKindVisible quote false');
    show({ version: 1 });
    expect($('panel-toggle-quote').getAttribute('aria-pressed')).toBe('false');
  });

  it('hides and shows everything', () => {
    show();
    expect($('panel-all').textContent).toBe('Hide all');
    click($('panel-all'));
    expect(controller.calls).toContain('setAllVisible false');
    show({ version: 1 });
    expect($('panel-all').textContent).toBe('Show all');
    expect(container.querySelectorAll('[aria-pressed=false]')).toHaveLength(3);
  });

  it('lists figures with their values', () => {
    show();
    expect(container.querySelector('[data-testid=panel-list-figure]')).toBeNull();
    const open = $('panel-open-figure');
    click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const items = [...$('panel-list-figure').querySelectorAll('.nm-item')].map((b) => b.textContent);
    expect(items).toEqual(['4009亿元¥400,900,000,000', '22%', '3%']);
  });

  it('groups quotes by speaker, unattributed last', () => {
    show();
    click($('panel-open-quote'));
    const groups = [...$('panel-list-quote').querySelectorAll('[role=group]')];
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['曾毓群', 'Speaker not found']);
    expect([...groups[0].querySelectorAll('.nm-item')].map((b) => b.textContent)).toEqual([
      '“我们会继续投入研发”',
      '“需求仍然强劲”',
    ]);
  });

  it('lists companies with mention counts; clicking again goes to the next mention', () => {
    const props = show();
    click($('panel-open-company'));
    const item = $('panel-list-company').querySelector<HTMLElement>('.nm-item')!;
    expect(item.textContent).toContain('宁德时代');
    expect(item.textContent).toContain('300750.SZ');
    expect(item.textContent).toContain('2 mentions');
    click(item);
    click($('panel-list-company').querySelector('.nm-item')!);
    click($('panel-list-company').querySelector('.nm-item')!, 0);
    const chosen = vi.mocked(props.onChoose).mock.calls.map(([e, kb]) => [e.id, kb]);
    expect(chosen).toEqual([
      [0, false],
      [4, false],
      [0, true],
    ]);
  });

  it('disables the list of a kind with nothing found', () => {
    const empty = new FakeController();
    empty.paint(document, 'Up 5%.', [{ kind: 'figure', text: '5%' }]);
    show({ controller: empty });
    expect($('panel-open-company').hasAttribute('disabled')).toBe(true);
    expect($('panel-count-company').textContent).toBe('0');
  });

  it(`shows at most ${LIST_LIMIT} entries and says how many more there are`, () => {
    const many = new FakeController();
    const text = Array.from({ length: 130 }, (_, i) => `${i + 1}%`).join(' ');
    many.paint(
      document,
      text,
      Array.from({ length: 130 }, (_, i) => ({ kind: 'figure' as const, text: `${i + 1}%`, nth: 0 })),
    );
    show({ controller: many });
    click($('panel-open-figure'));
    expect($('panel-list-figure').querySelectorAll('.nm-item')).toHaveLength(LIST_LIMIT);
    expect($('panel-list-figure').textContent).toContain('… and 30 more');
  });

  it('speaks Chinese', () => {
    useMessages('zh_CN');
    show();
    expect($('panel-all').textContent).toBe('全部隐藏');
    expect($('panel-open-company').textContent).toContain('公司');
  });
});
