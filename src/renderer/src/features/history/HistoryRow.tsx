import { memo, useState } from 'react';
import type { HistoryEntry } from '../../../../shared/history';
import { useHistory } from '../../store/history/state';
import { isSelected } from '../../store/history/selectors';
import { toggleRow } from '../../store/history/actions';
import { copyEntries, openEntry } from '../../store/history/actions';
import { entryAt } from '../../../../shared/history-paging';
import { formatBytes, formatSize } from '../../lib/format';
import { ActionButton } from '../../components/ActionButton';
import { strings } from '../../../../shared/strings';
import { AltLine } from '../alt/AltLine';
import { editHistoryAlt } from '../../store/alt/actions';
import { isWebLink } from '../../../../shared/web-links';

const t = strings.history;

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The small picture, straight from the URL endpoint; a plain tile when it cannot load. */
function Thumb({ entry }: { entry: HistoryEntry }) {
  const [failed, setFailed] = useState(false);
  return (
    <div className="preview history-thumb">
      {!failed && (
        <img
          src={entry.thumb.url}
          alt=""
          width={entry.thumb.width}
          height={entry.thumb.height}
          loading="lazy"
          decoding="async"
          onError={() => setFailed(true)}
        />
      )}
    </div>
  );
}

/** One upload: its picture, name, where and when it went, and its main link's actions. */
export const HistoryRow = memo(function HistoryRow({ index }: { index: number }) {
  const entry = useHistory((s) => entryAt(s.pages, index));
  const selected = useHistory((s) => (entry ? isSelected(s, entry.id) : false));
  if (!entry) return <div className="row history-row placeholder" aria-busy="true" />;
  return (
    <div
      className={`row history-row ${selected ? 'selected' : ''}`}
      data-testid="history-row"
      data-id={entry.id}
    >
      <input
        type="checkbox"
        className="history-check"
        checked={selected}
        aria-label={t.select(entry.name)}
        onChange={() => {}}
        onClick={(e) => void toggleRow(entry, index, e.shiftKey)}
      />
      <Thumb entry={entry} />
      <div className="row-file">
        <div className="row-name" title={entry.source}>
          {entry.name}
        </div>
        <div className="row-meta muted">
          <span className="mono">{entry.folder}</span> · {WHEN.format(entry.uploadedAt)}
          {/* A picture that came from a link shows the link it came from. */}
          {isWebLink(entry.source) && (
            <>
              {' · '}
              <span className="mono">{entry.source}</span>
            </>
          )}
          {entry.animated && <> · {strings.jobs.firstFrame}</>}
          {entry.batch && (
            <>
              {' '}
              <span className="row-batch">{entry.batch}</span>
            </>
          )}
        </div>
        <AltLine alt={entry.alt} name={entry.name} onEdit={() => editHistoryAlt(entry)} />
      </div>
      <div className="row-meta muted">
        {formatSize(entry.main.width, entry.main.height)} · {formatBytes(entry.main.bytes)}
      </div>
      <div className="row-actions">
        <ActionButton
          className="button ghost small"
          label={t.copyLinkOf(entry.name)}
          onClick={() => void copyEntries([entry], 'url')}
        >
          {t.copyLink}
        </ActionButton>
        <ActionButton
          className="button ghost small"
          label={t.openOf(entry.name)}
          onClick={() => void openEntry(entry)}
        >
          {t.open}
        </ActionButton>
      </div>
    </div>
  );
});
