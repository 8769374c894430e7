import { useEffect, useState } from 'react';
import type { Job } from '../../../../shared/jobs';
import { loadPreview } from '../../store/jobs/actions';
import { cachedPreview } from '../../store/jobs/previews';

function hasPreview(job: Job): boolean {
  return job.status === 'ready' || job.status === 'uploading' || job.status === 'done';
}

/** The file's thumbnail once it is made; an icon before that or when it failed. */
export function JobPreview({ job }: { job: Job }) {
  const wanted = hasPreview(job);
  const [url, setUrl] = useState<string | null>(() => cachedPreview(job.id) ?? null);
  useEffect(() => {
    if (!wanted || cachedPreview(job.id) !== undefined) return;
    let live = true;
    void loadPreview(job.id).then((data) => {
      if (data && live) setUrl(data);
    });
    return () => {
      live = false;
    };
  }, [job.id, wanted]);
  const shown = url ?? cachedPreview(job.id) ?? null;
  return (
    <div className={`preview ${job.status === 'failed' ? 'preview-failed' : ''}`} role="gridcell">
      {shown ? (
        <img src={shown} alt="" />
      ) : (
        <span className="preview-glyph" aria-hidden="true">
          {job.status === 'failed' ? '!' : ''}
        </span>
      )}
    </div>
  );
}
