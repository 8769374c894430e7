/** --folder and --tags, as `upload` and `serve` take them, checked by the rules Settings uses. */
import type { UploadSettings } from '../../shared/settings';
import { parseSettingsPatch } from '../core/settings/settings-rules';
import { UsageError } from './io';

/** The options, for parseCommandArgs. */
export const DESTINATION_OPTIONS = {
  folder: { type: 'string' },
  tags: { type: 'string' },
} as const;

/** Checks one upload setting; a refusal names the flag it came from. */
function checked(flag: string, field: Partial<UploadSettings>): Partial<UploadSettings> {
  try {
    return parseSettingsPatch({ upload: field }).upload ?? {};
  } catch (err) {
    throw new UsageError(`${flag}: ${(err as Error).message}`, { cause: err });
  }
}

/** The destination the flags give ("a, b" is two tags); what is not given stays as it is. */
export function destinationFromFlags(values: {
  readonly folder?: string | undefined;
  readonly tags?: string | undefined;
}): Partial<UploadSettings> {
  const tags = values.tags
    ?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return {
    ...(values.folder === undefined ? {} : checked('--folder', { folder: values.folder })),
    ...(tags === undefined ? {} : checked('--tags', { tags })),
  };
}
