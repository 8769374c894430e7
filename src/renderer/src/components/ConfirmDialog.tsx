import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Modal } from './Modal';
import { strings } from '../../../shared/strings';

/** What a ConfirmDialog says and does; `id` prefixes the title and text element ids. */
export interface ConfirmDialogProps {
  readonly id: string;
  readonly title: ReactNode;
  readonly text: ReactNode;
  readonly confirmLabel: string;
  readonly onKeep: () => void;
  readonly onConfirm: () => void;
}

/** A modal question with a safe Keep button and a dangerous confirm button; Escape keeps. */
export function ConfirmDialog({
  id,
  title,
  text,
  confirmLabel,
  onKeep,
  onConfirm,
}: ConfirmDialogProps) {
  const keep = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus, so Enter never confirms by accident.
  useEffect(() => keep.current?.focus(), []);
  return (
    <Modal
      backdrop="confirm-backdrop"
      className="confirm"
      role="alertdialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-text`}
      onClose={onKeep}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="confirm-actions">
        <button type="button" className="button" ref={keep} onClick={onKeep}>
          {strings.dialogs.keep}
        </button>
        <button type="button" className="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
