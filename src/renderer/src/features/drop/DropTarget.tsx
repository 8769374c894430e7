import { useState, type DragEvent, type ReactNode } from 'react';
import { addFiles } from '../../store/jobs/actions';
import { strings } from '../../../../shared/strings';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** The whole window accepts dropped files and folders; an overlay shows while dragging. */
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
        if (files.length > 0) void addFiles(files);
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
