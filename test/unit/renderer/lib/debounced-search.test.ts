import { describe, expect, it, vi } from 'vitest';
import {
  debouncedSearch,
  SEARCH_DELAY_MS,
  type Timers,
} from '../../../../src/renderer/src/lib/debounced-search';

/** A clock the test moves by hand: no window, no global timers. */
function manualClock() {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const id = nextId++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (handle) => void due.delete(handle as number),
  };
  const advance = async (ms: number): Promise<void> => {
    now += ms;
    for (const [id, t] of [...due]) {
      if (t.at <= now) {
        due.delete(id);
        t.run();
      }
    }
    // Let the search's promise and its callers settle.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { timers, advance, pending: () => due.size };
}

describe('the debounced search', () => {
  it('runs once, one delay after the last of a run of calls', async () => {
    const clock = manualClock();
    const search = vi.fn(async () => {});
    const box = debouncedSearch(search, clock.timers);
    void box.schedule();
    await clock.advance(SEARCH_DELAY_MS - 1);
    void box.schedule();
    await clock.advance(SEARCH_DELAY_MS - 1);
    const last = box.schedule();
    await clock.advance(SEARCH_DELAY_MS - 1);
    expect(search).not.toHaveBeenCalled();
    await clock.advance(1);
    await last;
    expect(search).toHaveBeenCalledTimes(1);
    expect(clock.pending()).toBe(0);
  });

  it('settles a superseded call at once, and the last only after its search ran', async () => {
    const clock = manualClock();
    const order: string[] = [];
    const box = debouncedSearch(async () => void order.push('search'), clock.timers);
    const first = box.schedule().then(() => order.push('first settled'));
    const second = box.schedule().then(() => order.push('second settled'));
    await first;
    expect(order).toEqual(['first settled']);
    await clock.advance(SEARCH_DELAY_MS);
    await second;
    expect(order).toEqual(['first settled', 'search', 'second settled']);
  });

  it('cancel drops the waiting search and settles its caller', async () => {
    const clock = manualClock();
    const search = vi.fn(async () => {});
    const box = debouncedSearch(search, clock.timers);
    const waiting = box.schedule();
    box.cancel();
    await waiting;
    await clock.advance(SEARCH_DELAY_MS * 2);
    expect(search).not.toHaveBeenCalled();
    expect(clock.pending()).toBe(0);
    // Nothing waits: cancelling again is harmless.
    box.cancel();
  });

  it('creates no timer until a search is scheduled', () => {
    const clock = manualClock();
    debouncedSearch(async () => {}, clock.timers);
    expect(clock.pending()).toBe(0);
  });
});
