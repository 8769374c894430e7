import { beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../../../src/shared/jobs';
import { canRetry } from '../../../../../src/shared/retry';
import { applyUpdate, resetJobs, useJobs } from '../../../../../src/renderer/src/store/jobs/state';
import { matchesFilter, uploadedLinks } from '../../../../../src/renderer/src/store/jobs/selectors';
import type { TabFilter } from '../../../../../src/renderer/src/store/jobs/tab-lists';
import { jobOfKind, jobsUpdate as update, type JobKind } from '../../../../support/jobs';

const TABS: readonly TabFilter[] = ['active', 'failed', 'done'];
const KINDS: readonly JobKind[] = [
  'queued',
  'processing',
  'ready',
  'done',
  'failed',
  'failed-for-good',
  'cancelled',
];
const state = () => useJobs.getState();

/** What the tabs and the retryable count must be, worked out the slow way over every row. */
function recount() {
  const s = state();
  const jobs = s.order.map((id) => s.byId.get(id) as Job);
  return {
    tabs: Object.fromEntries(
      TABS.map((tab) => [tab, jobs.filter((j) => matchesFilter(j, tab)).map((j) => j.id)]),
    ),
    retryable: jobs.filter((j) => j.status === 'failed' && canRetry(j)).length,
  };
}

/** A made-up, repeatable sequence of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

beforeEach(() => {
  resetJobs();
});

describe('applying an update', () => {
  it('reads none of the rows it does not name', () => {
    const reads = new Map<string, number>();
    const counted = (job: Job): Job =>
      new Proxy(job, {
        get(target, key, receiver) {
          reads.set(target.id, (reads.get(target.id) ?? 0) + 1);
          return Reflect.get(target, key, receiver);
        },
      });
    const rows = Array.from({ length: 5_000 }, (_, i) =>
      counted(jobOfKind(`j${i}`, KINDS[i % KINDS.length]!)),
    );
    applyUpdate(update(1, rows, [], true));
    const map = state().byId;
    reads.clear();
    applyUpdate(
      update(
        2,
        [jobOfKind('j10', 'done'), jobOfKind('j4001', 'failed'), jobOfKind('new', 'queued')],
        ['j2500'],
      ),
    );
    const named = new Set(['j10', 'j4001', 'j2500', 'new']);
    expect([...reads.keys()].filter((id) => !named.has(id))).toEqual([]);
    // The map of jobs is updated in place, not copied whole for each update.
    expect(state().byId).toBe(map);
    expect(state().order).toHaveLength(5_000);
    expect(state().byId.get('j10')?.status).toBe('done');
  });

  it('keeps the objects of rows that did not change, and the arrays of lists that did not', () => {
    applyUpdate(
      update(
        1,
        [jobOfKind('a', 'queued'), jobOfKind('b', 'queued'), jobOfKind('c', 'done')],
        [],
        true,
      ),
    );
    const before = state();
    const b = before.byId.get('b');
    // A row moving within "In progress" changes no list.
    applyUpdate(update(2, [jobOfKind('a', 'processing')]));
    expect(state().byId.get('a')?.status).toBe('processing');
    expect(state().byId.get('b')).toBe(b);
    expect(state().order).toBe(before.order);
    expect(state().tabs).toBe(before.tabs);
    // A row that finishes moves from one tab to another; the third tab keeps its array.
    applyUpdate(update(3, [jobOfKind('a', 'done')]));
    expect(state().tabs.active).toEqual(['b']);
    expect(state().tabs.done).toEqual(['a', 'c']);
    expect(state().tabs.failed).toBe(before.tabs.failed);
    expect(state().order).toBe(before.order);
  });

  it('keeps the tabs, the retryable count and the order right through a long run of updates', () => {
    const random = seeded(18);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    let next = 0;
    const fresh = () => `j${next++}`;
    const expectedOrder = Array.from({ length: 300 }, fresh);
    applyUpdate(
      update(
        1,
        expectedOrder.map((id) => jobOfKind(id, pick(KINDS))),
        [],
        true,
      ),
    );
    for (let seq = 2; seq < 400; seq++) {
      if (seq % 97 === 0) {
        // Now and then a full snapshot, as after a missed update.
        const jobs = expectedOrder.map((id) => jobOfKind(id, pick(KINDS)));
        applyUpdate(update(seq, jobs, [], true));
        continue;
      }
      const changed = new Map<string, Job>();
      const bulk = seq % 50 === 0;
      for (let k = 0; k < (bulk ? 400 : 6); k++) {
        const id = random() < 0.2 || expectedOrder.length === 0 ? fresh() : pick(expectedOrder);
        changed.set(id, jobOfKind(id, pick(KINDS)));
      }
      const removed = new Set<string>();
      for (let k = 0; k < (bulk ? 300 : 2) && expectedOrder.length > 0; k++) {
        const id = pick(expectedOrder);
        if (!changed.has(id)) removed.add(id);
      }
      expect(applyUpdate(update(seq, [...changed.values()], [...removed]))).toBe('applied');
      const added = [...changed.keys()].filter((id) => !expectedOrder.includes(id));
      expectedOrder.splice(
        0,
        expectedOrder.length,
        ...expectedOrder.filter((id) => !removed.has(id)),
        ...added,
      );
      expect(state().order).toEqual(expectedOrder);
      const { tabs, retryable } = recount();
      expect(state().tabs).toEqual(tabs);
      expect(state().retryable).toBe(retryable);
    }
  });

  it('copies the uploaded links in list order, whichever finished first', () => {
    applyUpdate(
      update(
        1,
        ['a', 'b', 'c'].map((id) => jobOfKind(id, 'ready')),
        [],
        true,
      ),
    );
    applyUpdate(update(2, [jobOfKind('c', 'done')]));
    applyUpdate(update(3, [jobOfKind('a', 'done')]));
    expect(uploadedLinks(state())).toEqual([
      'https://ik.example/a-main',
      'https://ik.example/c-main',
    ]);
    expect(uploadedLinks(state(), ['c', 'b'])).toEqual(['https://ik.example/c-main']);
  });
});
