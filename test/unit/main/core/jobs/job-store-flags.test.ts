import { describe, expect, it } from 'vitest';
import { JobStore } from '../../../../../src/main/core/jobs/job-store';
import type { JobsUpdate } from '../../../../../src/shared/jobs';

describe('JobStore batch flags', () => {
  it('pushes a pause or an outage even when no job changed, once per change', () => {
    const store = new JobStore({ intervalMs: 1_000 });
    const updates: JobsUpdate[] = [];
    store.subscribe((u) => updates.push(u));
    store.setFlags({ paused: true, offlineSince: null });
    store.flush();
    expect(updates).toHaveLength(1);
    expect(updates[0]?.jobs).toEqual([]);
    expect(updates[0]?.summary.paused).toBe(true);

    store.setFlags({ paused: true, offlineSince: null });
    store.flush();
    expect(updates).toHaveLength(1);

    store.setFlags({ paused: false, offlineSince: 123 });
    store.flush();
    expect(updates.at(-1)?.summary).toMatchObject({
      paused: false,
      offline: { since: 123, waiting: 0 },
    });
    expect(store.snapshot().summary.offline).toEqual({ since: 123, waiting: 0, origin: null });

    // Another server lost while still offline is news too.
    store.setFlags({ paused: false, offlineSince: 123, offlineOrigin: 'https://auth.example' });
    store.flush();
    expect(updates.at(-1)?.summary.offline?.origin).toBe('https://auth.example');
    store.close();
  });
});
