import type { Job, VariantInfo } from '../../../../shared/jobs';
import { formatBytes, formatName, formatSize } from '../../lib/format';
import { strings } from '../../../../shared/strings';

const t = strings.jobs;

function variantsOf(job: Job): { main: VariantInfo; thumb: VariantInfo } | null {
  if (job.status === 'ready' || job.status === 'uploading') return job.variants;
  if (job.status === 'done') return job.uploaded;
  return null;
}

function Variant({ label, info }: { label: string; info: VariantInfo }) {
  return (
    <span className="variant" title={t.quality(info.quality, info.encodes)}>
      <span className="variant-label">{label}</span> {formatName(info.format)}{' '}
      {formatSize(info.width, info.height)} · {formatBytes(info.bytes)}
    </span>
  );
}

/** The two variants made from the file, once they exist. */
export function VariantSummary({ job }: { job: Job }) {
  const variants = variantsOf(job);
  if (!variants) {
    return (
      <span className="muted">
        {job.status === 'cancelled' ? t.stoppedEarly : t.preparingVariants}
      </span>
    );
  }
  return (
    <div className="variants">
      <Variant label={t.main} info={variants.main} />
      <Variant label={t.thumb} info={variants.thumb} />
    </div>
  );
}
