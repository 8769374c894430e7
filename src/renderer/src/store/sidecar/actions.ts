import type { BatchDestination } from '../../../../shared/jobs';
import type { SidecarReport } from '../../../../shared/sidecar';
import { uploader } from '../../bridge';
import { useSidecar } from './state';

/**
 * When a metadata.csv among the paths has problems, shows them and resolves to whether the
 * person goes on; resolves to true at once when there is none or it fits.
 */
export async function sidecarAllows(
  paths: readonly string[],
  destination: BatchDestination | undefined,
): Promise<boolean> {
  const report = await uploader.checkSidecar(paths, ...(destination ? [destination] : []));
  if (!report || report.problems.length === 0) return true;
  return askAboutSidecar(report);
}

/** Shows a sidecar's report; resolves to whether the person goes on. */
export function askAboutSidecar(report: SidecarReport): Promise<boolean> {
  return new Promise((resolve) => {
    useSidecar.setState({
      report,
      answer: (goOn) => {
        useSidecar.setState({ report: null, answer: null });
        resolve(goOn);
      },
    });
  });
}
