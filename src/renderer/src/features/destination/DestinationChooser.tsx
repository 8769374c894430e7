import { useEffect, useId, useRef, useState } from 'react';
import { useDestination } from '../../store/destination/state';
import { useSettings } from '../../store/settings/state';
import { saveSettings } from '../../store/settings/actions';
import { parseTags } from '../../lib/tags';
import { RecentFolders } from './RecentFolders';
import { Modal } from '../../components/Modal';
import '../../styles/destination.css';
import { strings } from '../../../../shared/strings';
import { Checkbox } from '../../components/Checkbox';
import type { BatchDestination } from '../../../../shared/jobs';
import { useCustomForm } from './use-custom-form';

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
  readonly answer: (choice: BatchDestination | null) => void;
  readonly folder: string;
  readonly tags: string;
  readonly recent: readonly string[];
}

const t = strings.dialogs.destination;

function ChooserDialog({ answer, folder: initialFolder, tags: initialTags, recent }: DialogProps) {
  const [folder, setFolder] = useState(initialFolder);
  const [tags, setTags] = useState(initialTags);
  const [dontAsk, setDontAsk] = useState(false);
  const ids = useId();
  const folderInput = useRef<HTMLInputElement>(null);
  useEffect(() => folderInput.current?.select(), []);
  const custom = useCustomForm();
  const confirm = (): void => {
    const customMetadata = custom.submit();
    if (customMetadata === null) return;
    if (dontAsk) void saveSettings({ upload: { askDestination: false } });
    answer({
      folder: folder.trim() === '' ? '/' : folder.trim(),
      tags: parseTags(tags),
      ...(Object.keys(customMetadata).length > 0 ? { customMetadata } : {}),
    });
  };
  return (
    <Modal
      backdrop="destination-backdrop"
      className="destination"
      labelledBy="destination-title"
      onClose={() => answer(null)}
      onSubmit={confirm}
    >
      <h2 id="destination-title">{t.title}</h2>
      <label className="destination-field">
        {t.folder}
        <input
          ref={folderInput}
          value={folder}
          onChange={(e) => setFolder(e.target.value)}
          placeholder={t.folderPlaceholder}
          spellCheck={false}
        />
      </label>
      <RecentFolders folders={recent} current={folder} onPick={setFolder} />
      <div className="destination-field">
        <label htmlFor={`${ids}-tags`}>{t.tags}</label>
        <input
          id={`${ids}-tags`}
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          placeholder={t.tagsPlaceholder}
          aria-describedby={`${ids}-tags-hint`}
        />
        <span className="hint" id={`${ids}-tags-hint`}>
          {t.tagsHint}
        </span>
      </div>
      {custom.form}
      <Checkbox checked={dontAsk} onChange={setDontAsk}>
        {t.dontAsk}
      </Checkbox>
      {custom.sentence && (
        <p className="test-result bad" role="alert" data-testid="custom-problem">
          {custom.sentence}
        </p>
      )}
      <div className="destination-actions">
        <button type="button" className="button" onClick={() => answer(null)}>
          {t.cancel}
        </button>
        <button type="submit" className="button primary">
          {t.add}
        </button>
      </div>
    </Modal>
  );
}
