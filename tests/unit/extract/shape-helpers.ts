import { extract } from '../../../src/extract';

/** What `extract` finds of one kind in `text`: span texts, and for quotes `text|speaker`. */
export function of(text: string, kind: 'figure' | 'quote' | 'company'): string[] {
  return extract(text, { kinds: [kind] })
    .filter((e) => e.kind === kind)
    .map((e) => (kind === 'quote' ? `${e.text}|${e.speaker ?? ''}` : e.text));
}
