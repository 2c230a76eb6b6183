import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomInt } from 'node:crypto';
import { RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import type { HttpPair } from './auth.service.js';
import type { CreatePasswordResetCodeInput, ResetPasswordWithCodeInput } from './dto/password-reset.inputs.js';
import { loadHelpedPerson, mayMakeResetCode } from './helper-policy.js';
import type { PasswordResetCodeModel } from './models/password-reset-code.model.js';
import { SMS_SENDER, type SmsSender } from './sms/sms-sender.js';
import { InputCheck } from './validation.js';
import { ViewerLoaderService } from './viewer-loader.service.js';
import type { Viewer } from './viewer.js';
import { hashPassword } from './password-hash.js';

export const RESET_CODE_MINUTES = 30;
/** Codes one helper may make per hour. */
export const MAX_CODES_PER_HELPER = 20;
/** Wrong codes per phone (and per address) in 30 minutes before the phone is blocked for that time. */
export const MAX_WRONG_CODES_PER_PHONE = 5;
export const MAX_WRONG_CODES_PER_ADDRESS = 30;

function hashCode(userId: string, code: string): string {
  return createHash('sha256').update(`${userId}:${code}`).digest('hex');
}

/**
 * Password reset through a one-time code made by the person's team leader or an admin in scope (issue 19): no
 * SMS needed. The code is single use, valid RESET_CODE_MINUTES, stored as a hash; a new code replaces the old one;
 * wrong codes are rate-limited; using it ends every session. The password_reset_codes rows are the audit trail.
 */
@Injectable()
export class PasswordResetService {
  private limiters?: { helper: RateLimiterAbstract; phone: RateLimiterAbstract; address: RateLimiterAbstract };

  constructor(
    private readonly dataSource: DataSource,
    private readonly viewers: ViewerLoaderService,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
  ) {}

  async createCode(viewer: Viewer, input: CreatePasswordResetCodeInput): Promise<PasswordResetCodeModel> {
    const person = await loadHelpedPerson(this.dataSource, input.userId);
    if (!person || !mayMakeResetCode(viewer, person)) throw DomainError.forbidden();
    await this.consume(this.get().helper, viewer.userId, 'resetCode.tooMany');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(Date.now() + RESET_CODE_MINUTES * 60_000);
    await this.dataSource.transaction(async (em) => {
      // Only the newest code works: a code read out twice, or written on an old paper, is no longer valid.
      await em.query(`UPDATE password_reset_codes SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`, [
        person.id,
      ]);
      await em.query(`INSERT INTO password_reset_codes (user_id, code_hash, created_by, expires_at) VALUES ($1, $2, $3, $4)`, [
        person.id,
        hashCode(person.id, code),
        viewer.actorId,
        expiresAt,
      ]);
    });
    let sentBySms = false;
    if (input.sendSms && this.sms.available) {
      await this.sms.send(person.phone, `Lan Toa: ma dat lai mat khau cua ban la ${code}, dung trong ${RESET_CODE_MINUTES} phut.`);
      sentBySms = true;
    }
    return { userId: person.id, fullName: person.fullName, code, expiresAt, sentBySms };
  }

  /** Sets the new password when the code is right, then ends every session of the person. */
  async resetWithCode(input: ResetPasswordWithCodeInput, http: HttpPair): Promise<boolean> {
    const check = new InputCheck();
    const phone = check.phone('phone', input.phone);
    const newPassword = check.password('newPassword', input.newPassword);
    const code = input.code.replace(/\D/g, '');
    if (code.length !== 6) check.add('code', 'resetCode.invalid');
    check.throwIfAny();
    const address = http.req.ip ?? 'unknown';
    const { phone: byPhone, address: byAddress } = this.get();
    await Promise.all([this.blockedCheck(byPhone, phone), this.blockedCheck(byAddress, address)]);

    const [user] = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM users WHERE phone = $1 AND status = 'active'`, [phone]);
    const passwordHash = await hashPassword(newPassword);
    const used = user
      ? await this.dataSource.transaction(async (em) => {
          // Taking the code and setting the password in one statement each, in one transaction: a code works once.
          const [taken] = await em.query<{ id: string }[]>(
            `WITH taken AS (
               UPDATE password_reset_codes SET used_at = now()
                WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
                RETURNING id)
             SELECT id FROM taken`,
            [user.id, hashCode(user.id, code)],
          );
          if (!taken) return false;
          await em.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [user.id, passwordHash]);
          await em.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
          return true;
        })
      : false;
    if (!used) {
      await Promise.all([byPhone.consume(phone).catch(() => undefined), byAddress.consume(address).catch(() => undefined)]);
      throw DomainError.invalid([{ field: 'code', messageKey: 'resetCode.invalid' }]);
    }
    await byPhone.delete(phone);
    this.viewers.forget(user!.id);
    return true;
  }

  private async blockedCheck(limiter: RateLimiterAbstract, key: string): Promise<void> {
    const res = await limiter.get(key);
    if (res && res.consumedPoints >= limiter.points) this.tooMany(res.msBeforeNext, 'auth.tooManyAttempts');
  }

  private async consume(limiter: RateLimiterAbstract, key: string, messageKey: 'resetCode.tooMany'): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (res) {
      this.tooMany((res as { msBeforeNext?: number }).msBeforeNext ?? 60_000, messageKey);
    }
  }

  private tooMany(ms: number, messageKey: 'auth.tooManyAttempts' | 'resetCode.tooMany'): never {
    const minutes = Math.max(1, Math.ceil(ms / 60000));
    throw new DomainError('TOO_MANY_ATTEMPTS', messageKey, { minutes }, [], { retryAfterSeconds: Math.ceil(ms / 1000) });
  }

  private get() {
    if (!this.limiters) {
      const storeClient = (this.dataSource.driver as unknown as { master: unknown }).master;
      const make = (keyPrefix: string, points: number, duration: number) =>
        new RateLimiterPostgres({
          storeClient,
          tableName: 'rate_limits',
          tableCreated: true,
          keyPrefix,
          points,
          duration,
          clearExpiredByTimeout: false,
        });
      this.limiters = {
        helper: make('reset-make', MAX_CODES_PER_HELPER, 3600),
        phone: make('reset-phone', MAX_WRONG_CODES_PER_PHONE, RESET_CODE_MINUTES * 60),
        address: make('reset-addr', MAX_WRONG_CODES_PER_ADDRESS, RESET_CODE_MINUTES * 60),
      };
    }
    return this.limiters;
  }
}
