/** 12/3/2025 in Vietnamese, 12/03/2025 in English: short, and the same order people write by hand. */
export function formatDate(value: unknown, language: string): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric' }).format(date);
}
