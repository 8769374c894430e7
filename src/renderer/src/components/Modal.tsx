import { useRef, type ReactNode } from 'react';
import { useModalFocus } from './use-modal-focus';

/** How a modal is named and closed; with `onSubmit` its content is a form (Enter submits). */
export interface ModalProps {
  /** The backdrop's class (each modal sets its own layer) and the card's. */
  readonly backdrop: string;
  readonly className: string;
  readonly role?: 'dialog' | 'alertdialog';
  readonly labelledBy?: string;
  readonly label?: string;
  readonly describedBy?: string;
  /** Escape, and a click on the backdrop when `closeOnBackdrop` is set. */
  readonly onClose: () => void;
  readonly closeOnBackdrop?: boolean;
  readonly onSubmit?: () => void;
  readonly children: ReactNode;
}

/** A modal card over a dimmed backdrop: named, Escape closes it, and it keeps the focus. */
export function Modal(props: ModalProps) {
  const card = useRef<HTMLDivElement>(null);
  const { onClose, onSubmit, children } = props;
  // Escape closes the innermost modal only.
  useModalFocus(card, onClose);
  return (
    <div className={props.backdrop} onClick={props.closeOnBackdrop ? onClose : undefined}>
      <div
        ref={card}
        className={props.className}
        role={props.role ?? 'dialog'}
        aria-modal="true"
        aria-labelledby={props.labelledBy}
        aria-label={props.label}
        aria-describedby={props.describedBy}
        onClick={(e) => e.stopPropagation()}
      >
        {onSubmit ? (
          // The role stays on the card: a <form> may not be a dialog. The form lays out nothing.
          <form
            className="modal-form"
            onSubmit={(e) => {
              e.preventDefault();
              onSubmit();
            }}
          >
            {children}
          </form>
        ) : (
          children
        )}
      </div>
    </div>
  );
}
