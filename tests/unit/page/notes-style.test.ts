import { describe, expect, it } from 'vitest';
import { noteCss } from '../../../src/page/notes-layer';

describe('noteCss', () => {
  it("paints notes in the reader's note colour (options page), not a fixed one", () => {
    const css = noteCss('#123456');
    expect(css).toContain(
      '::highlight(newsmark-note) { background-color: rgba(18, 52, 86, 0.22); text-decoration: underline 2px #123456; }',
    );
    expect(css).toContain('::highlight(newsmark-note-focus) { background-color: rgba(18, 52, 86, 0.45); }');
  });
  it('takes any CSS colour', () => {
    expect(noteCss('rebeccapurple')).toContain('color-mix(in srgb, rebeccapurple 22%, transparent)');
  });
});
