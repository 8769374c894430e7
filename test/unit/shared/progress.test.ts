import { describe, expect, it } from 'vitest';
import type { Job, VariantInfo } from '../../../src/shared/jobs';
import { jobProgress, summarize } from '../../../src/shared/progress';

const file = { path: '/p/a.jpg', name: 'a.jpg', bytes: 1000 };
const image = { format: 'jpeg', width: 4000, height: 3000, animated: false } as const;
const info = (variant: 'main' | 'thumb', bytes: number): VariantInfo => ({
  variant,
  format: variant === 'main' ? 'webp' : 'png',
  width: 10,
  height: 10,
  bytes,
  quality: 80,
  encodes: 2,
});
const variants = { main: info('main', 9000), thumb: info('thumb', 1000) };

function uploading(mainSent: number): Job {
  return {
    id: 'u',
    file,
    addedAt: 0,
    status: 'uploading',
    image,
    variants,
    uploads: {
      main: { state: 'sending', sent: mainSent, total: 9000, attempt: 1 },
      thumb: { state: 'waiting' },
    },
  };
}

describe('progress', () => {
  it('moves with the bytes actually sent, never backwards within a file', () => {
    const steps = [0, 3000, 6000, 9000].map((sent) => jobProgress(uploading(sent)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1] as number);
    expect(steps[0]).toBeCloseTo(0.3);
    expect(steps[3]).toBeCloseTo(0.3 + 0.7 * 0.9);
  });

  it('counts failed files as finished and leaves cancelled ones out of the batch', () => {
    const jobs: Job[] = [
      {
        id: 'a',
        file,
        addedAt: 0,
        status: 'failed',
        stage: 'process',
        error: { code: 'not-an-image', message: 'x' },
        image: null,
        retryable: false,
      },
      { id: 'b', file, addedAt: 0, status: 'queued' },
      { id: 'c', file, addedAt: 0, status: 'cancelled', image: null },
    ];
    const summary = summarize(jobs);
    expect(summary.total).toBe(3);
    expect(summary.counts.failed).toBe(1);
    expect(summary.progress).toBeCloseTo(0.5);
    expect(summary.active).toBe(true);
  });

  it('reports bytes sent and still to send', () => {
    const summary = summarize([uploading(4500)]);
    expect(summary.bytesSent).toBe(4500);
    expect(summary.bytesToSend).toBe(5500);
  });
});
