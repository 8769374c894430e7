import { useState, type DragEvent, type ReactNode } from 'react';
import { addDrop } from '../../store/jobs/link-actions';
import { strings } from '../../../../shared/strings';

/** Files from the computer, or a link dragged from a browser. */
function hasFiles(event: DragEvent): boolean {
  const types = Array.from(event.dataTransfer.types);
  return types.includes('Files') || types.includes('text/uri-list');
}

/** The whole window accepts dropped files, folders and links; an overlay shows while dragging. */
export function DropTarget({ children }: { children: ReactNode }) {
  const [depth, setDepth] = useState(0);
  return (
    <div
      className="drop-target"
      data-testid="drop-target"
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDepth((d) => d + 1);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!hasFiles(e)) return;
        setDepth((d) => Math.max(0, d - 1));
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDepth(0);
        const files = Array.from(e.dataTransfer.files);
        const uriList = e.dataTransfer.getData('text/uri-list');
        if (files.length > 0 || uriList !== '') void addDrop(files, uriList);
      }}
    >
      {children}
      {depth > 0 && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">{strings.empty.dropOverlay}</div>
        </div>
      )}
    </div>
  );
}
