/** Putting copied links on the clipboard, and saying what was copied. */
import type { LibraryTextFormat } from '../../../shared/library-format';
import { strings } from '../../../shared/strings';
import { notify } from './ui/actions';
import { useSettings } from './settings/state';
import { DEFAULT_RESPONSIVE_WIDTHS } from '../../../shared/responsive';

/** Writes `text` (count lines in `format`) to the clipboard and confirms it in a notice. */
export async function copyLines(
  text: string,
  count: number,
  format: LibraryTextFormat,
): Promise<void> {
  await navigator.clipboard.writeText(text);
  notify(strings.notices.copiedLines(count, format));
}

/** The widths Settings gives the responsive copy format's srcset. */
export function responsiveWidths(): readonly number[] {
  return useSettings.getState().view?.upload.responsiveWidths ?? DEFAULT_RESPONSIVE_WIDTHS;
}
