import type { Request, Response } from 'express';
import { REFRESH_TOKEN_DAYS } from './tokens.service.js';

export const REFRESH_COOKIE = 'lantoa_refresh';

/** httpOnly, SameSite=Strict, limited to /graphql: scripts cannot read it and other sites cannot send it. */
export function setRefreshCookie(req: Request, res: Response, token: string): void {
  res.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/graphql',
    maxAge: REFRESH_TOKEN_DAYS * 24 * 3600 * 1000,
  });
}

export function clearRefreshCookie(res: Response): void {
  res.clearCookie(REFRESH_COOKIE, { path: '/graphql' });
}

export function readRefreshCookie(req: Request): string | null {
  const value = (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : null;
}
