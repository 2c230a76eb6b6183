import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The tab title (and what a screen reader says on arriving): "Đăng nhập – Lan Tỏa". */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const name = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${name}` : name;
  }, [title, name]);
}
