import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Job, JobsUpdate } from '../../../../../src/shared/jobs';
import { JobStore } from '../../../../../src/main/core/jobs/job-store';

const job = (id: string, status: 'queued' | 'cancelled' = 'queued'): Job =>
  status === 'queued'
    ? { id, file: { path: `/p/${id}`, name: id, bytes: 1 }, addedAt: 0, status }
    : { id, file: { path: `/p/${id}`, name: id, bytes: 1 }, addedAt: 0, status, image: null };

afterEach(() => {
  vi.useRealTimers();
});

describe('JobStore', () => {
  it('batches many changes into at most one update per interval', () => {
    vi.useFakeTimers();
    const store = new JobStore({ intervalMs: 100 });
    const updates: JobsUpdate[] = [];
    store.subscribe((u) => updates.push(u));
    for (let i = 0; i < 500; i++) store.put(job(`j${i % 50}`));
    expect(updates).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.jobs).toHaveLength(50);
    expect(updates[0]?.summary.total).toBe(50);
    // One second of constant changes: no more than ten messages.
    for (let t = 0; t < 1000; t += 5) {
      store.put(job(`j${t % 7}`));
      vi.advanceTimersByTime(5);
    }
    expect(updates.length - 1).toBeLessThanOrEqual(10);
  });

  it('has the observer write down every change before an update is pushed', () => {
    vi.useFakeTimers();
    const events: string[] = [];
    let pending = 0;
    const store = new JobStore({
      intervalMs: 100,
      observer: {
        put: () => void pending++,
        remove: () => void pending++,
        beforePush: () => {
          events.push(`flushed ${pending}`);
          pending = 0;
        },
      },
    });
    store.subscribe((u) => events.push(`pushed ${u.jobs.length}`));
    store.put(job('a'));
    store.put(job('b'));
    vi.advanceTimersByTime(100);
    store.remove('a');
    store.flush();
    expect(events).toEqual(['flushed 2', 'pushed 2', 'flushed 1', 'pushed 0']);
  });

  it('keeps alt text the person set when a stage puts a state built from an older copy', () => {
    const store = new JobStore();
    const stale = job('a');
    store.put(stale);
    expect(store.setAlt('a', { text: 'A harbour' })).toBe(true);
    store.put({ ...stale, status: 'cancelled', image: null });
    expect(store.get('a')).toMatchObject({ status: 'cancelled', alt: { text: 'A harbour' } });
    expect(store.snapshot().summary.missingAlt).toBe(0);
    expect(store.setAlt('a', null)).toBe(true);
    store.put(stale);
    expect(store.get('a')?.alt).toBeUndefined();
    // Cancelled and failed rows are not counted as missing alt text; a queued one is.
    expect(store.snapshot().summary.missingAlt).toBe(1);
    expect(store.setAlt('nope', { decorative: true })).toBe(false);
    // A row put back from the journal with alt text keeps it.
    store.put({ ...job('b'), alt: { decorative: true } });
    store.put(job('b'));
    expect(store.get('b')?.alt).toEqual({ decorative: true });
  });

  it('numbers updates so a receiver can spot a gap, and snapshots carry the last number', () => {
    const store = new JobStore();
    const seqs: number[] = [];
    store.subscribe((u) => seqs.push(u.seq));
    store.put(job('a'));
    store.flush();
    store.put(job('b'));
    store.remove('a');
    store.flush();
    expect(seqs).toEqual([1, 2]);
    const snap = store.snapshot();
    expect(snap.full).toBe(true);
    expect(snap.seq).toBe(2);
    expect(snap.jobs.map((j) => j.id)).toEqual(['b']);
  });

  it('sends whole job snapshots and the ids that were removed', () => {
    const store = new JobStore();
    const updates: JobsUpdate[] = [];
    store.subscribe((u) => updates.push(u));
    store.put(job('a'));
    store.put(job('b'));
    store.flush();
    store.put(job('a', 'cancelled'));
    store.remove('b');
    store.flush();
    expect(updates[1]?.jobs).toEqual([job('a', 'cancelled')]);
    expect(updates[1]?.removed).toEqual(['b']);
  });
});
