import type { ReactNode } from 'react';

/** What an ActionButton shows and does; `label` is the accessible name when the text is short. */
export interface ActionButtonProps {
  readonly className: string;
  readonly label?: string;
  readonly title?: string;
  readonly disabled?: boolean;
  /** -1 keeps the button out of the Tab order (a grid row that is not the active one). */
  readonly tabIndex?: number;
  readonly onClick: () => void;
  readonly children: ReactNode;
}

/** A plain button for one action on a row, card or selection. */
export function ActionButton({
  className,
  label,
  title,
  disabled,
  tabIndex,
  onClick,
  children,
}: ActionButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      title={title}
      disabled={disabled}
      tabIndex={tabIndex}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
