import { memo } from 'react';
import type { Job } from '../../../../shared/jobs';
import { jobProgress } from '../../../../shared/progress';
import { useJobs } from '../../store/jobs/state';
import { useSelection } from '../../store/selection/state';
import {
  fileName,
  formatBytes,
  formatDate,
  formatName,
  formatSize,
  percent,
} from '../../lib/format';
import { JobPreview } from './JobPreview';
import { JobActions } from './JobActions';
import { VariantSummary } from './VariantSummary';
import { statusLabel } from './status-label';
import { AltLine } from '../alt/AltLine';
import { acceptDraft, editRowsAlt } from '../../store/alt/actions';
import { strings } from '../../../../shared/strings';
import { linkHost } from '../../../../shared/web-links';

const t = strings.jobs;

function sourceLine(job: Job): string {
  const parts = job.file.bytes === null ? [] : [formatBytes(job.file.bytes)];
  if (job.file.link !== undefined) parts.unshift(strings.links.fromHost(linkHost(job.file.link)));
  const image = 'image' in job ? job.image : null;
  if (image) {
    parts.push(formatSize(image.width, image.height), formatName(image.format));
    if (image.animated) parts.push(t.firstFrame);
  }
  return parts.length > 0 ? parts.join(' · ') : t.notAdded;
}

/** Where a row sits in the virtual list, and its element id for aria-activedescendant. */
export interface JobRowProps {
  readonly id: string;
  readonly index: number;
  readonly top: number;
  readonly height: number;
  readonly domId: string;
}

/** One file, a row of the grid: what it is, what became of it, and what can be done. */
export const JobRow = memo(function JobRow({ id, index, top, height, domId }: JobRowProps) {
  const job = useJobs((s) => s.byId.get(id));
  const hold = useJobs((s) => (s.summary.paused ? 'paused' : s.summary.offline ? 'offline' : null));
  const selected = useSelection((s) => s.selected.has(id));
  const active = useSelection((s) => s.active === id);
  if (!job) return null;
  const progress = jobProgress(job);
  const showBar =
    job.status === 'processing' || job.status === 'uploading' || job.status === 'queued';
  return (
    <div
      id={domId}
      className={`list-slot${selected ? ' selected' : ''}${active ? ' active' : ''}`}
      role="row"
      aria-rowindex={index + 1}
      aria-selected={selected}
      data-job-id={id}
      style={{ transform: `translateY(${top}px)`, height }}
    >
      <div className={`row status-${job.status}`} data-testid="job-row" data-status={job.status}>
        <JobPreview job={job} />
        <div className="row-file" role="gridcell">
          <div className="row-name" title={job.file.link ?? job.file.path}>
            {job.file.name}
          </div>
          <div className="row-meta muted">
            {/* The folder first, so a narrow row still shows where the file goes. */}
            {job.destination && (
              <span className="row-folder" data-testid="job-folder" title={t.folderTitle}>
                {t.inFolder(job.destination.folder)}
                {' · '}
              </span>
            )}
            {job.batch && <span className="row-batch">{job.batch}</span>}
            {sourceLine(job)}
          </div>
          {job.status !== 'failed' && job.status !== 'cancelled' && (
            <AltLine
              alt={job.alt}
              name={job.file.name}
              tabbable={active}
              draft={job.status === 'done' ? job.uploaded.main.drafted : undefined}
              onAccept={() => void acceptDraft(job)}
              onEdit={() => editRowsAlt([job.id])}
            />
          )}
        </div>
        <div className="row-detail" role="gridcell">
          {job.status === 'failed' ? (
            <p className="row-error" role="alert" title={job.error.message}>
              {job.error.message}
            </p>
          ) : (
            <>
              {job.status === 'done' && job.reused && (
                <p className="row-note" data-testid="reused-note">
                  {job.reused.sameAs !== undefined
                    ? t.samePicture(fileName(job.reused.sameAs))
                    : job.reused.onImageKit
                      ? strings.teamCheck.onImageKit(formatDate(job.reused.uploadedAt))
                      : t.reused(formatDate(job.reused.uploadedAt))}
                </p>
              )}
              <VariantSummary job={job} />
            </>
          )}
        </div>
        <div className="row-status" role="gridcell">
          <span className={`pill pill-${job.status}`}>{statusLabel(job, hold)}</span>
          {showBar && (
            <div className="mini-bar" aria-hidden="true">
              <div className="mini-bar-fill" style={{ width: percent(progress) }} />
            </div>
          )}
        </div>
        <JobActions job={job} tabbable={active} />
      </div>
    </div>
  );
});
