/**
 * Vietnamese mobile numbers: accepted as 0912345678, +84 912 345 678, 84912345678 (spaces, dots, dashes allowed),
 * stored as E.164 (+84912345678). Mobile prefixes after the 2018 renumbering: 03x, 05x, 07x, 08x, 09x.
 */
const MOBILE = /^(3|5|7|8|9)\d{8}$/;

export function normalizePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, '');
  let national: string;
  if (/^\+84\d+$/.test(compact)) national = compact.slice(3);
  else if (/^84\d{9}$/.test(compact)) national = compact.slice(2);
  else if (/^0\d+$/.test(compact)) national = compact.slice(1);
  else return null;
  return MOBILE.test(national) ? `+84${national}` : null;
}

/** 0912 345 678: how a Vietnamese reader expects to see a number. */
export function formatPhone(e164: string): string {
  const national = `0${e164.replace(/^\+84/, '')}`;
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
}
