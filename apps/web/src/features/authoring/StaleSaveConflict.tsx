import { useTranslation } from 'react-i18next';
import { NS } from './texts.js';

/** A save refused because someone else saved since this editor opened: what the API answered with both texts. */
export interface StaleSave {
  message: string;
  yours: string;
  theirs: string;
  /** The revision now saved, to save over it on purpose ("keep mine"). */
  revision: string;
}

/**
 * Both versions side by side after a stale save, with the two ways on: take theirs (drop one's edits) or keep mine
 * (save again over theirs, knowingly). The lesson and the quiz editor show the same choice.
 */
export function StaleSaveConflict({
  conflict,
  onTakeTheirs,
  onKeepMine,
}: {
  conflict: StaleSave;
  onTakeTheirs(): void;
  onKeepMine(): void;
}) {
  const { t } = useTranslation(NS);
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('conflictTitle')}</h2>
      <p>{conflict.message}</p>
      <div className="conflict__texts">
        <div>
          <h3>{t('yours')}</h3>
          <pre>{conflict.yours}</pre>
        </div>
        <div>
          <h3>{t('theirs')}</h3>
          <pre>{conflict.theirs}</pre>
        </div>
      </div>
      <p className="button-row">
        <button type="button" className="button" onClick={onTakeTheirs}>
          {t('useTheirs')}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {t('keepMine')}
        </button>
      </p>
    </section>
  );
}
