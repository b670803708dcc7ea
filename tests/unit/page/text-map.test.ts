// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, TextMapBuilder } from '../../../src/page/text-map';

function mapOf(html: string) {
  document.body.innerHTML = `<article id="a">${html}</article>`;
  const root = document.getElementById('a')!;
  return { root, map: buildTextMap([root]) };
}

/** Every character of the map maps back to a range whose text is that character (or collapsed white space). */
function expectExactMapping(map: ReturnType<typeof buildTextMap>) {
  for (const b of map.blocks) {
    const r = map.range(b.start, b.end)!;
    expect(r.toString().replace(/\s+/g, ' ')).toBe(map.text.slice(b.start, b.end).replace(/\s+/g, ' '));
  }
}

describe('buildTextMap', () => {
  it('puts one block per line and collapses white space as the browser renders it', () => {
    const { map } = mapOf(`
      <h1>  Title   here </h1>
      <p>First
         paragraph <b>bold</b>  text.</p>
      <figure><img src="x.png"><figcaption>A caption</figcaption></figure>
      <ul><li>one</li><li> two </li></ul>`);
    expect(map.text).toBe('Title here\nFirst paragraph bold text.\nA caption\none\ntwo');
    expect(map.blocks.map((b) => map.text.slice(b.start, b.end))).toEqual([
      'Title here',
      'First paragraph bold text.',
      'A caption',
      'one',
      'two',
    ]);
    expect(map.blocks[2].element.localName).toBe('figcaption');
    expectExactMapping(map);
  });

  it('maps ranges back to the exact DOM text, across inline elements', () => {
    const { map } = mapOf('<p>Revenue rose <b>14 percent</b> to $412 million.</p>');
    const at = map.text.indexOf('14 percent');
    const r = map.range(at, at + '14 percent to $412'.length)!;
    expect(r.toString()).toBe('14 percent to $412');
    expect(r.startContainer.parentElement!.localName).toBe('b');
    expect(map.offsetOf(r.startContainer, r.startOffset)).toBe(at);
    expect(map.offsetOf(r.endContainer, r.endOffset)).toBe(at + 18);
  });

  it('turns <br> into a line break inside a block and never leaves empty lines', () => {
    const { map } = mapOf('<p>line one<br><br>  line two<br></p><p>next</p>');
    expect(map.text).toBe('line one\nline two\nnext');
    expect(map.blocks.length).toBe(2);
    expect(map.range(0, 'line one\nline two'.length)!.toString()).toBe('line one  line two');
  });

  it('removes a source line break between two CJK characters but keeps it as a space between Latin ones', () => {
    const { map } = mapOf('<p>营业收入86.35\n亿元，同比\n增长 and more\ntext</p>');
    expect(map.text).toBe('营业收入86.35 亿元，同比增长 and more text');
    const at = map.text.indexOf('同比增长');
    expect(map.range(at, at + 4)!.toString()).toBe('同比\n增长');
  });

  it('skips scripts, styles, form fields, hidden and aria-hidden elements, contenteditable and templates', () => {
    const { map } = mapOf(`<p>kept</p><script>var x = 1;</script><style>p{}</style><noscript>no</noscript>
      <template><p>tpl</p></template><p hidden>hidden</p><p aria-hidden="true">aria</p>
      <p style="display:none">none</p><textarea>typed</textarea><input value="v"><select><option>o</option></select>
      <div contenteditable="true">editable</div><div contenteditable="false">not editable</div><button>Buy</button>`);
    expect(map.text).toBe('kept\nnot editable');
  });

  it('keeps white space inside <pre> as written', () => {
    const { map } = mapOf('<pre>a   b\n  c</pre><p>x</p>');
    expect(map.text).toBe('a   b\n  c\nx');
  });

  it('treats table cells and blockquotes as blocks, and text around a nested block as blocks of their own', () => {
    const { map } = mapOf('<div>before <p>inner</p> after</div><table><tr><td>A1</td><td>B1</td></tr></table>');
    expect(map.text).toBe('before\ninner\nafter\nA1\nB1');
    expect(map.blocks[2].element.localName).toBe('div');
  });

  it('joins several roots in reading order', () => {
    document.body.innerHTML = '<div id="x"><p>first</p></div><aside>side</aside><div id="y"><p>second</p></div>';
    const map = buildTextMap([document.getElementById('x')!, document.getElementById('y')!]);
    expect(map.text).toBe('first\nsecond');
  });

  it('gives null for spans that map to no text and for nodes outside the map', () => {
    const { map } = mapOf('<p>abc</p><p>def</p>');
    expect(map.range(3, 4)).toBeNull(); // the '\n' between blocks
    expect(map.range(2, 2)).toBeNull();
    expect(map.range(-1, 2)).toBeNull();
    expect(map.range(0, 99)).toBeNull();
    const outside = document.createTextNode('zzz');
    expect(map.offsetOf(outside, 1)).toBeNull();
    // A span crossing the block break maps to both paragraphs.
    expect(map.range(2, 5)!.toString()).toBe('cd');
    expect(map.text.slice(2, 5)).toBe('c\nd');
  });

  it('maps a point inside collapsed white space to the next character', () => {
    const { root, map } = mapOf('<p>a    b</p>');
    const text = root.querySelector('p')!.firstChild!;
    expect(map.text).toBe('a b');
    expect(map.offsetOf(text, 1)).toBe(1);
    expect(map.offsetOf(text, 3)).toBe(2);
    expect(map.offsetOf(text, 5)).toBe(2);
    expect(map.offsetOf(root.querySelector('p')!, 0)).toBe(0);
  });

  it('walks deeply nested markup without recursion', () => {
    let html = 'deep text';
    for (let i = 0; i < 5000; i++) html = `<span>${html}</span>`;
    document.body.innerHTML = `<article id="a"><p>${html}</p></article>`;
    // happy-dom's own getComputedStyle recurses through ancestors, so this test checks the walk alone.
    const map = buildTextMap([document.getElementById('a')!], { isRendered: () => true });
    expect(map.text).toBe('deep text');
  });

  it('builds in slices with the same result as in one go', () => {
    const paras = Array.from({ length: 300 }, (_, i) => `<p>para ${i} <i>x</i>  y</p>`).join('');
    const { root, map } = mapOf(paras);
    const b = new TextMapBuilder([root]);
    let slices = 0;
    while (!b.step(() => true)) slices++;
    expect(slices).toBeGreaterThan(5);
    const sliced = b.finish();
    expect(sliced.text).toBe(map.text);
    expect(sliced.blocks.length).toBe(300);
    const at = sliced.text.indexOf('para 299');
    expect(sliced.range(at, at + 8)!.toString()).toBe('para 299');
  });

  it('keeps surrogate pairs and U+00A0 as written, so offsets are UTF-16 indices', () => {
    const { map } = mapOf('<p>😀 $1.8\u00a0billion</p>');
    expect(map.text).toBe('😀 $1.8\u00a0billion');
    const at = map.text.indexOf('$');
    expect(map.range(at, map.text.length)!.toString()).toBe('$1.8\u00a0billion');
  });
});
