import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn(async () => true);
const query = vi.fn(async () => [{ id: 7 }]);
const listeners: ((name: string) => void)[] = [];
vi.mock('../../../src/messaging', () => ({ sendMessage }));
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: { query },
    commands: {
      onCommand: {
        addListener: (l: (name: string) => void) => listeners.push(l),
        removeListener: (l: (name: string) => void) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
  },
}));
const { registerCommands, runCommand } = await import('../../../src/background/commands');

beforeEach(() => {
  sendMessage.mockClear();
  query.mockClear();
});

describe('keyboard commands', () => {
  it('sends toggleHighlights to the active tab', async () => {
    await runCommand('toggle-highlights');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith('toggleHighlights', undefined, 7);
  });

  it('ignores commands it does not know and tabs without newsmark', async () => {
    await runCommand('something-else');
    expect(sendMessage).not.toHaveBeenCalled();
    sendMessage.mockRejectedValueOnce(new Error('no receiver'));
    await expect(runCommand('toggle-highlights')).resolves.toBeUndefined();
  });

  it('listens for commands until removed', async () => {
    const stop = registerCommands();
    expect(listeners.length).toBe(1);
    listeners[0]('toggle-highlights');
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalled());
    stop();
    expect(listeners.length).toBe(0);
  });
});
