import { useEffect, useId, useRef, useState } from 'react';
import { useDestination } from '../../store/destination';
import { saveSettings, useSettings } from '../../store/settings';
import { parseTags } from '../../lib/tags';
import { RecentFolders } from './RecentFolders';
import '../../styles/destination.css';

/** Asks where a batch goes: folder and tags, the Settings ones first, recent folders a click away. */
export function DestinationChooser() {
  const answer = useDestination((s) => s.answer);
  const upload = useSettings((s) => s.view?.upload);
  if (!answer || !upload) return null;
  return (
    <ChooserDialog
      answer={answer}
      folder={upload.folder}
      tags={upload.tags.join(', ')}
      recent={upload.recentFolders}
    />
  );
}

interface DialogProps {
  readonly answer: (choice: { folder: string; tags: string[] } | null) => void;
  readonly folder: string;
  readonly tags: string;
  readonly recent: readonly string[];
}

function ChooserDialog({ answer, folder: initialFolder, tags: initialTags, recent }: DialogProps) {
  const [folder, setFolder] = useState(initialFolder);
  const [tags, setTags] = useState(initialTags);
  const [dontAsk, setDontAsk] = useState(false);
  const ids = useId();
  const folderInput = useRef<HTMLInputElement>(null);
  useEffect(() => folderInput.current?.select(), []);
  const confirm = (): void => {
    if (dontAsk) void saveSettings({ upload: { askDestination: false } });
    answer({ folder: folder.trim() === '' ? '/' : folder.trim(), tags: parseTags(tags) });
  };
  return (
    // The dialog role sits on the backdrop, which holds only the form: a <form> may not take it.
    <div
      className="destination-backdrop"
      role="dialog"
      aria-modal="true"
      aria-labelledby="destination-title"
    >
      <form
        className="destination"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            answer(null);
          }
        }}
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        <h2 id="destination-title">Where should these files go?</h2>
        <label className="destination-field">
          Folder on ImageKit
          <input
            ref={folderInput}
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            placeholder="/products/2026"
            spellCheck={false}
          />
        </label>
        <RecentFolders folders={recent} current={folder} onPick={setFolder} />
        <div className="destination-field">
          <label htmlFor={`${ids}-tags`}>Tags</label>
          <input
            id={`${ids}-tags`}
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            placeholder="spring, catalogue"
            aria-describedby={`${ids}-tags-hint`}
          />
          <span className="hint" id={`${ids}-tags-hint`}>
            Separated by commas; added to every file of this batch.
          </span>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={dontAsk} onChange={(e) => setDontAsk(e.target.checked)} />
          Don&apos;t ask again (use the folder and tags in Settings)
        </label>
        <div className="destination-actions">
          <button type="button" className="button" onClick={() => answer(null)}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Add files
          </button>
        </div>
      </form>
    </div>
  );
}
