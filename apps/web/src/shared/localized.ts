import { useTranslation } from 'react-i18next';

export interface LocalizedTextValue {
  vi: string;
  en?: string | null;
}

/** Picks the reader's language from a content text, falling back to Vietnamese (the course language). */
export function pickText(text: LocalizedTextValue, language: string): string {
  return language === 'en' && text.en ? text.en : text.vi;
}

export function useLocalized(): (text: LocalizedTextValue) => string {
  const { i18n } = useTranslation();
  return (text) => pickText(text, i18n.language);
}
