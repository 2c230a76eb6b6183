/**
 * Folds Vietnamese text for search: no diacritics, đ → d, lower case, single spaces.
 * "Hà Nội", "ha noi" and "HA NOI" all fold to "ha noi".
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}
