/** 12/3/2025 in Vietnamese, 12/03/2025 in English: short, and the same order people write by hand. */
export function formatDate(value: unknown, language: string): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric' }).format(date);
}

/** "14:30 12/3/2025": the hour first, as a time to come back is said aloud. */
export function formatDateTime(value: unknown, language: string): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  const time = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit' }).format(date);
  return `${time} ${formatDate(value, language)}`;
}
