import type { LibraryTextFormat } from '../../../../shared/library-format';
import { reloadLibrary, setCopyFormat, setLibrarySearch, useLibrary } from '../../store/library';

const FORMATS: ReadonlyArray<{ format: LibraryTextFormat; label: string }> = [
  { format: 'url', label: 'URL' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'json', label: 'JSON' },
];

/** Search by name, the copy format, and a refresh; `folder` says which folder is shown. */
export function LibraryToolbar({ folder }: { folder: string }) {
  const search = useLibrary((s) => s.search);
  const copyFormat = useLibrary((s) => s.copyFormat);
  return (
    <div className="history-filters library-toolbar" role="search">
      <label className="history-field grow">
        <span>Search names in {folder}</span>
        <input
          type="search"
          value={search}
          placeholder="Names that begin with…"
          maxLength={100}
          onChange={(e) => setLibrarySearch(e.target.value)}
        />
      </label>
      <label className="history-field">
        <span>Copy links as</span>
        <select
          value={copyFormat}
          onChange={(e) => setCopyFormat(e.target.value as LibraryTextFormat)}
        >
          {FORMATS.map((f) => (
            <option key={f.format} value={f.format}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button small" onClick={() => void reloadLibrary()}>
        Refresh
      </button>
    </div>
  );
}
