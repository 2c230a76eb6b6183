import { useSearch } from 'wouter';

export const SIGN_IN = '/dang-nhap';
export const SIGN_UP = '/dang-ky';
export const RESET_PASSWORD = '/quen-mat-khau';

/** Only a path of this site (never `//elsewhere` or a full address), and never back to a sign-in form. */
export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw.startsWith(SIGN_IN) || raw.startsWith(SIGN_UP)) return '/';
  return raw;
}

/** `/dang-nhap?tiep=/tai-khoan`: the sign-in or sign-up form, remembering where to go afterwards. */
export function authHref(page: typeof SIGN_IN | typeof SIGN_UP, returnTo: string): string {
  const path = safeReturnPath(returnTo);
  return path === '/' ? page : `${page}?tiep=${encodeURIComponent(path)}`;
}

/** Where the person came from (`?tiep=`), to go back after signing in or up. */
export function useReturnPath(): string {
  return safeReturnPath(new URLSearchParams(useSearch()).get('tiep'));
}
