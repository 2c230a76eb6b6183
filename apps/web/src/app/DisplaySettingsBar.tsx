import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { MenuLinks } from './AccountNav.js';
import { useDisplaySettings } from './display-settings.js';
import { LANGUAGES, setLanguage, type Language } from './i18n.js';

/**
 * A-, A and A+ are named by hidden words ("Chữ lớn hơn"), not by an aria-label that would differ from what is shown.
 *
 * The header's menu: the pages (courses, team, reports, certificates) and the display settings (A-, A, A+, high
 * contrast, language). Folded behind one disclosure button, the header stays one row on a 360 px phone. The button
 * says whether it is open (aria-expanded); Escape closes it and gives the focus back; opening a page closes it.
 */
export function DisplaySettingsBar() {
  const { t, i18n } = useTranslation();
  const display = useDisplaySettings();
  const [location] = useLocation();
  // Open on the page where it was opened: going to another page closes it by itself.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location;
  const setOpen = (next: boolean) => setOpenOn(next ? location : null);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape' && open) {
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  return (
    <div className="menu" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="button menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '✕' : '☰'} </span>
        {t('app.menu')}
      </button>
      <div id={panelId} className="menu__panel" hidden={!open}>
        <nav aria-label={t('app.pagesNav')}>
          <MenuLinks />
        </nav>
        <div className="settings" role="group" aria-label={t('settings.label')}>
          <p className="settings__title" aria-hidden="true">
            {t('settings.label')}
          </p>
          <div className="settings__size" role="group" aria-label={t('settings.textSize')}>
            <button type="button" className="button button--icon" onClick={display.smaller}>
              <span aria-hidden="true">A-</span>
              <span className="visually-hidden">{t('settings.smaller')}</span>
            </button>
            <button type="button" className="button button--icon" onClick={display.resetSize}>
              <span aria-hidden="true">A</span>
              <span className="visually-hidden">{t('settings.normal')}</span>
            </button>
            <button type="button" className="button button--icon" onClick={display.larger}>
              <span aria-hidden="true">A+</span>
              <span className="visually-hidden">{t('settings.larger')}</span>
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
      </div>
    </div>
  );
}
