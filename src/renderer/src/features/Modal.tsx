import { useRef, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useModalFocus } from './useModalFocus';

/** How a modal is named and closed; with `onSubmit` its card is a form (Enter submits). */
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
  const card = useRef<HTMLElement>(null);
  useModalFocus(card);
  const { onClose, onSubmit, children } = props;
  const common = {
    className: props.className,
    role: props.role ?? 'dialog',
    'aria-modal': true,
    'aria-labelledby': props.labelledBy,
    'aria-label': props.label,
    'aria-describedby': props.describedBy,
    onClick: (e: { stopPropagation(): void }) => e.stopPropagation(),
    onKeyDown: (e: { key: string; preventDefault(): void; stopPropagation(): void }) => {
      if (e.key !== 'Escape') return;
      // One Escape closes one modal, the innermost.
      e.preventDefault();
      e.stopPropagation();
      onClose();
    },
  };
  return (
    <div className={props.backdrop} onClick={props.closeOnBackdrop ? onClose : undefined}>
      {onSubmit ? (
        <form
          ref={card as RefObject<HTMLFormElement>}
          {...common}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {children}
        </form>
      ) : (
        <div ref={card as RefObject<HTMLDivElement>} {...common}>
          {children}
        </div>
      )}
    </div>
  );
}
