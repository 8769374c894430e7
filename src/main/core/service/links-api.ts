/**
 * The images-from-links part of the service: links the person pastes, drops or types, and
 * links the local upload server is sent (public addresses only). See core/links.
 */
import type { AltText } from '../../../shared/alt';
import type { AddResult } from '../../../shared/contract';
import { PICGO_BATCH_NAME } from '../../../shared/integrations';
import type { BatchDestination } from '../../../shared/jobs';
import { WatchApi } from './watch-api';

export abstract class LinksApi extends WatchApi {
  async addLinks(links: readonly string[], destination?: BatchDestination): Promise<AddResult> {
    // The person's own paste, drop or command line: the local network is theirs to reach.
    return this.parts.links.addLinks(links, {
      reach: 'any',
      ...(destination ? { destination } : {}),
    });
  }

  /** Links the person typed on the command line, with `alt` for each (see addChosenPaths). */
  async addChosenLinks(links: readonly string[], alt?: AltText): Promise<AddResult> {
    const result = await this.addLinks(links);
    // Set before any of them can upload: processing has not finished for a row just added.
    if (alt) for (const id of result.added) this.parts.store.setAlt(id, alt);
    return result;
  }

  /**
   * Links the local upload server was sent: the public internet only, so a program on this
   * computer cannot publish pictures from the local network; they upload as soon as processed.
   */
  async addLinksForIntegration(links: readonly string[]): Promise<AddResult> {
    const options = { reach: 'public', batch: PICGO_BATCH_NAME } as const;
    const { added, duplicates } = await this.parts.links.addLinks(links, options);
    this.parts.pipeline.approve(added);
    return { added, duplicates };
  }

  /** Stops link downloads still running; their links add nothing. */
  protected cancelDownloads(): void {
    this.parts.links.cancel();
  }
}
