import { useTranslation } from 'react-i18next';
import { useDisplaySettings } from './display-settings.js';
import { LANGUAGES, setLanguage, type Language } from './i18n.js';

/** A-, A, A+, high contrast and language: large targets, labelled for screen readers. */
export function DisplaySettingsBar() {
  const { t, i18n } = useTranslation();
  const display = useDisplaySettings();
  return (
    // A disclosure keeps the header short on a 360 px phone; <details> is keyboard and screen-reader friendly as is.
    <details className="settings-menu">
      <summary className="button">
        <span aria-hidden="true">Aa </span>
        {t('settings.label')}
      </summary>
      <div className="settings" role="group" aria-label={t('settings.label')}>
        <div className="settings__size" role="group" aria-label={t('settings.textSize')}>
          <button type="button" className="button button--icon" onClick={display.smaller} aria-label={t('settings.smaller')}>
            A-
          </button>
          <button type="button" className="button button--icon" onClick={display.resetSize} aria-label={t('settings.normal')}>
            A
          </button>
          <button type="button" className="button button--icon" onClick={display.larger} aria-label={t('settings.larger')}>
            A+
          </button>
          <span className="visually-hidden" aria-live="polite">
            {t('settings.textSizeNow', { percent: display.textSize })}
          </span>
        </div>
        <label className="settings__toggle">
          <input type="checkbox" checked={display.highContrast} onChange={(e) => display.setHighContrast(e.target.checked)} />
          {t('settings.highContrast')}
        </label>
        <label className="settings__language">
          <span className="visually-hidden">{t('settings.language')}</span>
          <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)} aria-label={t('settings.language')}>
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {lang === 'vi' ? 'Tiếng Việt' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </div>
    </details>
  );
}
