import type { ReactNode } from 'react';

/** What an ActionButton shows and does; `label` is the accessible name when the text is short. */
export interface ActionButtonProps {
  readonly className: string;
  readonly label?: string;
  readonly title?: string;
  readonly disabled?: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
}

/** A plain button for one action on a row, card or selection. */
export function ActionButton({
  className,
  label,
  title,
  disabled,
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
      onClick={onClick}
    >
      {children}
    </button>
  );
}
