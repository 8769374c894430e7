/**
 * The metadata sidecar part of the service: the report of what a metadata.csv among the added
 * folders (or the file named) says about the files, before anything is added.
 */
import type { BatchDestination } from '../../../shared/jobs';
import type { SidecarReport } from '../../../shared/sidecar';
import { LinksApi } from './links-api';

export abstract class SidecarApi extends LinksApi {
  async checkSidecar(
    paths: readonly string[],
    destination?: BatchDestination,
  ): Promise<SidecarReport | null> {
    return this.parts.sidecars.report(paths, 'renderer', destination);
  }

  /** The CLI's --metadata: the report for `csv` about the files the paths name. */
  async checkSidecarFile(csv: string, paths: readonly string[]): Promise<SidecarReport | null> {
    return this.parts.sidecars.report(paths, 'command-line', undefined, csv);
  }
}
