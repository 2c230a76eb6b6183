import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The tab title (and what a screen reader and the phone's task switcher say): "Đăng nhập – Lan Tỏa". A page that
 * goes away puts back the bare name, so a page that sets none never inherits the last one's title (e.g. "Tài khoản
 * của tôi" after signing out); the next page's own title then replaces it in the same commit.
 */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const name = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${name}` : name;
    return () => {
      document.title = name;
    };
  }, [title, name]);
}
