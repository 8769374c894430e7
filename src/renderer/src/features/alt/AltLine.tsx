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
  if (!has && draft !== undefined && onAccept) {
    return (
      <p className="row-alt draft" data-testid="alt-line">
        <span className="row-alt-text" title={draft}>
          {t.draft(draft)}
        </span>
        <button
          type="button"
          className="link-button"
          aria-label={t.acceptLabel(name)}
          tabIndex={tabbable ? 0 : -1}
          onClick={onAccept}
        >
          {t.accept}
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={t.editLabel(name)}
          tabIndex={tabbable ? 0 : -1}
          onClick={onEdit}
        >
          {t.edit}
        </button>
      </p>
    );
  }
  const words = !alt ? t.none : 'decorative' in alt ? t.decorative : alt.text;
  return (
    <p className={`row-alt${has ? '' : ' missing'}`} data-testid="alt-line">
      <span className="row-alt-text" title={words}>
        {words}
      </span>
      <button
        type="button"
        className="link-button"
        aria-label={has ? t.editLabel(name) : t.addLabel(name)}
        tabIndex={tabbable ? 0 : -1}
        onClick={onEdit}
      >
        {has ? t.edit : t.add}
      </button>
    </p>
  );
}
