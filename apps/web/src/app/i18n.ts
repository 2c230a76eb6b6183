import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from './locales/vi.js';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'lantoa.language';

export function savedLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'vi';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/**
 * Vietnamese ships with the first page; English is fetched when someone chooses it (changeLanguage waits for it), so
 * most readers never download it.
 */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const load: Promise<ResourceKey> = language === 'en' ? import('./locales/en.js').then((m) => m.en) : Promise.resolve(vi);
    load.then((resources) => callback(null, resources)).catch((error: Error) => callback(error, false));
  },
};

void i18n
  .use(lazyLanguages)
  .use(initReactI18next)
  .init({
    resources: { vi: { translation: vi } },
    partialBundledLanguages: true,
    // Always start in Vietnamese (bundled), then switch once English has arrived: nothing waits on it to paint.
    lng: 'vi',
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
if (savedLanguage() === 'en') void i18n.changeLanguage('en').then(() => (document.documentElement.lang = 'en'));

export default i18n;
