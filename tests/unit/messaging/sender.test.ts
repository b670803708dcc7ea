import { describe, expect, it } from 'vitest';
import { isOwnSender } from '../../../src/messaging/sender';

describe('isOwnSender', () => {
  it('accepts messages from this extension', () => {
    expect(isOwnSender({ id: 'abc', url: 'https://news.example/' }, 'abc')).toBe(true);
  });
  it('refuses other extensions and missing senders', () => {
    expect(isOwnSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnSender(undefined, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
  });
});
