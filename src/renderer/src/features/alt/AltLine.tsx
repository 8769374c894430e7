import type { AltText } from '../../../../shared/alt';
import { strings } from '../../../../shared/strings';

const t = strings.alt;

/** A row's alt text in one line, with the button that edits it. */
export function AltLine({
  alt,
  name,
  onEdit,
  draft,
  onAccept,
  tabbable = true,
}: {
  alt: AltText | undefined;
  name: string;
  onEdit: () => void;
  /** ImageKit's AI draft, shown until the person accepts or edits it. */
  draft?: string | undefined;
  onAccept?: () => void;
  tabbable?: boolean;
}) {
  const has = alt !== undefined;
  const button = (text: string, label: string, onClick: () => void) => (
    <button
      type="button"
      className="link-button"
      aria-label={label}
      tabIndex={tabbable ? 0 : -1}
      onClick={onClick}
    >
      {text}
    </button>
  );
  if (!has && draft !== undefined && onAccept) {
    return (
      <p className="row-alt draft" data-testid="alt-line">
        <span className="row-alt-text" title={draft}>
          {t.draft(draft)}
        </span>
        {button(t.accept, t.acceptLabel(name), onAccept)}
        {button(t.edit, t.editLabel(name), onEdit)}
      </p>
    );
  }
  const words = !alt ? t.none : 'decorative' in alt ? t.decorative : alt.text;
  return (
    <p className={`row-alt${has ? '' : ' missing'}`} data-testid="alt-line">
      <span className="row-alt-text" title={words}>
        {words}
      </span>
      {has ? button(t.edit, t.editLabel(name), onEdit) : button(t.add, t.addLabel(name), onEdit)}
    </p>
  );
}
