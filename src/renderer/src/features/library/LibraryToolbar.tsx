import type { LibraryTextFormat } from '../../../../shared/library-format';
import { useLibrary } from '../../store/library/state';
import { reloadLibrary, setCopyFormat, setLibrarySearch } from '../../store/library/actions';
import { LIBRARY_SEARCH_MAX } from '../../../../shared/limits';
import { strings } from '../../../../shared/strings';

const FORMATS: readonly LibraryTextFormat[] = ['url', 'markdown', 'html', 'responsive', 'json'];
const t = strings.library;

/** Search by name, the copy format, and a refresh; `folder` says which folder is shown. */
export function LibraryToolbar({ folder }: { folder: string }) {
  const search = useLibrary((s) => s.search);
  const copyFormat = useLibrary((s) => s.copyFormat);
  return (
    <div className="history-filters library-toolbar" role="search">
      <label className="history-field grow">
        <span>{t.searchIn(folder)}</span>
        <input
          type="search"
          value={search}
          placeholder={t.searchPlaceholder}
          maxLength={LIBRARY_SEARCH_MAX}
          onChange={(e) => void setLibrarySearch(e.target.value)}
        />
      </label>
      <label className="history-field">
        <span>{t.copyLinksAs}</span>
        <select
          value={copyFormat}
          onChange={(e) => setCopyFormat(e.target.value as LibraryTextFormat)}
        >
          {FORMATS.map((format) => (
            <option key={format} value={format}>
              {strings.formats[format]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button small" onClick={() => void reloadLibrary()}>
        {t.refresh}
      </button>
    </div>
  );
}
