import { createHmac } from 'node:crypto';
import type { Request, Response } from 'express';

export const DEVICE_COOKIE = 'lantoa_device';
const MAX_PHONES_PER_DEVICE = 5;
const DEVICE_COOKIE_DAYS = 365;

/**
 * "This phone has signed in on this device before", as a cookie of HMACs (no phone in clear, nothing stored on
 * the server): the sign-in throttle does not hold the owner's own device. A shared device (a team leader's phone
 * that helps several people) remembers up to MAX_PHONES_PER_DEVICE phones.
 */
export class KnownDevices {
  constructor(private readonly key: Buffer) {}

  recognises(req: Request, phone: string): boolean {
    return this.read(req).includes(this.mark(phone));
  }

  remember(req: Request, res: Response, phone: string): void {
    const mark = this.mark(phone);
    const marks = [mark, ...this.read(req).filter((m) => m !== mark)].slice(0, MAX_PHONES_PER_DEVICE);
    res.cookie(DEVICE_COOKIE, marks.join('.'), {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/graphql',
      maxAge: DEVICE_COOKIE_DAYS * 24 * 3600 * 1000,
    });
  }

  private read(req: Request): string[] {
    const value = (req.cookies as Record<string, string> | undefined)?.[DEVICE_COOKIE];
    return typeof value === 'string' ? value.split('.').filter((m) => /^[\w-]{22}$/.test(m)) : [];
  }

  private mark(phone: string): string {
    return createHmac('sha256', this.key).update(phone).digest('base64url').slice(0, 22);
  }
}
