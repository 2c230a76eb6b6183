import i18n from 'i18next';

type Texts = Record<string, unknown>;

/**
 * Adds a feature's words to the app's translations when its code loads, so they never weigh on the first page
 * (app/locales holds only what the first page and the shared frame say). Keys keep their place (`quiz.title`).
 */
export function registerTexts(vi: Texts, en: Texts): void {
  i18n.addResourceBundle('vi', 'translation', vi, true, false);
  // English arrives on demand (app/i18n.ts): adding to it before it has loaded would make i18next think it had, so
  // the feature's English words join it once it is there.
  const addEnglish = () => {
    if (i18n.hasResourceBundle('en', 'translation')) i18n.addResourceBundle('en', 'translation', en, true, false);
  };
  addEnglish();
  i18n.on('loaded', addEnglish);
}
