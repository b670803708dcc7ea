import { describe, expect, it, vi } from 'vitest';
import * as realEngine from '../../../src/extract';
import { engineLoader } from '../../../src/page/engine';

describe('engineLoader', () => {
  it('loads the engine once however often it is asked, and the engine it gives extracts', async () => {
    const load = vi.fn(() => Promise.resolve(realEngine));
    const get = engineLoader(load);
    const [a, b] = await Promise.all([get(), get()]);
    expect(await get()).toBe(a);
    expect(b).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
    const found = a?.extract('营收109.46亿元。', { kinds: ['figure'] }) ?? [];
    expect(found.map((e) => e.text)).toEqual(['109.46亿元']);
  });

  it('gives null, and does not try again, when the module fails to load or is not an engine', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const failing = vi.fn(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const get = engineLoader(failing);
    expect(await get()).toBeNull();
    expect(await get()).toBeNull();
    expect(failing).toHaveBeenCalledTimes(1);
    expect(await engineLoader(() => Promise.resolve({} as never))()).toBeNull();
    expect(await engineLoader(undefined)()).toBeNull();
    expect(debug).toHaveBeenCalledTimes(3);
    debug.mockRestore();
  });
});
