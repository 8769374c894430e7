import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guard } from '../../../../src/renderer/src/store/guard';
import { useUi } from '../../../../src/renderer/src/store/ui/state';

// No window here: the wrapper and the notices need nothing of the page's bridge.
beforeEach(() => {
  vi.useFakeTimers();
  useUi.setState({ notices: [] });
});
afterEach(() => {
  vi.useRealTimers();
});

const notices = () => useUi.getState().notices.map((n) => `${n.tone}: ${n.text}`);

describe('guard, the one try/notify wrapper', () => {
  it('runs the task and answers true, saying nothing of its own', async () => {
    const task = vi.fn(async () => 42);
    expect(await guard(task)).toBe(true);
    expect(task).toHaveBeenCalledTimes(1);
    expect(notices()).toEqual([]);
  });

  it("turns a failure into an error notice with main's sentence, and answers false", async () => {
    const failing = async () => {
      throw new Error(
        "Error invoking remote method 'retry': Error: That file is no longer in the list.",
      );
    };
    expect(await guard(failing)).toBe(false);
    expect(notices()).toEqual(['error: That file is no longer in the list.']);
  });

  it('hands the sentence to the caller instead when asked, and shows no notice', async () => {
    const shown: string[] = [];
    const ok = await guard(
      async () => {
        throw new Error('ImageKit refused the search.');
      },
      (message) => shown.push(message),
    );
    expect(ok).toBe(false);
    expect(shown).toEqual(['ImageKit refused the search.']);
    expect(notices()).toEqual([]);
  });

  it('catches a failure thrown before the first await too', async () => {
    const ok = await guard(() => {
      throw new Error('Not now.');
    });
    expect(ok).toBe(false);
    expect(notices()).toEqual(['error: Not now.']);
  });
});
