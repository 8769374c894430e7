import { useEffect, useRef } from 'react';
import { sidecarProblemText } from '../../../../shared/sidecar';
import { Modal } from '../../components/Modal';
import { useSidecar } from '../../store/sidecar/state';
import { strings } from '../../../../shared/strings';

const t = strings.sidecar;
/** Lines shown at once; the rest are counted. */
const SHOWN = 200;

/** The problems a metadata.csv has, before anything is added: go on with what fits, or cancel. */
export function SidecarReport() {
  const report = useSidecar((s) => s.report);
  const answer = useSidecar((s) => s.answer);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), [report]);
  if (!report || !answer) return null;
  const shown = report.problems.slice(0, SHOWN);
  return (
    <Modal
      backdrop="confirm-backdrop"
      className="confirm sidecar-report"
      labelledBy="sidecar-title"
      describedBy="sidecar-intro"
      onClose={() => answer(false)}
    >
      <h2 id="sidecar-title">{t.title}</h2>
      <p className="sidecar-summary" data-testid="sidecar-summary">
        {t.summary(report.csv, report.rows, report.matched, report.problems.length)}
      </p>
      <p id="sidecar-intro" className="hint">
        {t.intro}
      </p>
      <ul className="sidecar-problems" data-testid="sidecar-problems" tabIndex={0}>
        {shown.map((p, i) => (
          <li key={i}>{sidecarProblemText(p, t)}</li>
        ))}
        {report.problems.length > SHOWN && <li>{t.more(report.problems.length - SHOWN)}</li>}
      </ul>
      <div className="confirm-actions">
        <button type="button" className="button" ref={cancel} onClick={() => answer(false)}>
          {t.cancel}
        </button>
        <button type="button" className="button primary" onClick={() => answer(true)}>
          {t.goOn}
        </button>
      </div>
    </Modal>
  );
}
