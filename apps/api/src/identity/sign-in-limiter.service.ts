import { Injectable } from '@nestjs/common';
import { RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';

const WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_PHONE = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/**
 * Failed sign-ins are limited per phone and per client address, in PostgreSQL (table rate_limits, made by a
 * migration) so that every API process shares the counts.
 */
@Injectable()
export class SignInLimiterService {
  private limiters?: { phone: RateLimiterAbstract; address: RateLimiterAbstract };

  constructor(private readonly dataSource: DataSource) {}

  /** Throws TOO_MANY_ATTEMPTS when either counter is used up. */
  async check(phone: string, address: string): Promise<void> {
    const { phone: byPhone, address: byAddress } = this.get();
    const [p, a] = await Promise.all([byPhone.get(phone), byAddress.get(address)]);
    const blocked = [
      p && p.consumedPoints >= MAX_FAILURES_PER_PHONE ? p.msBeforeNext : 0,
      a && a.consumedPoints >= MAX_FAILURES_PER_ADDRESS ? a.msBeforeNext : 0,
    ];
    const wait = Math.max(...blocked);
    if (wait > 0) {
      const minutes = Math.max(1, Math.ceil(wait / 60000));
      throw new DomainError('TOO_MANY_ATTEMPTS', 'auth.tooManyAttempts', { minutes }, [], { retryAfterSeconds: Math.ceil(wait / 1000) });
    }
  }

  async recordFailure(phone: string, address: string): Promise<void> {
    const { phone: byPhone, address: byAddress } = this.get();
    // consume() rejects once the points are used up; the next check() reports it, so that is not an error here.
    await Promise.all([byPhone.consume(phone).catch(() => undefined), byAddress.consume(address).catch(() => undefined)]);
  }

  async recordSuccess(phone: string): Promise<void> {
    await this.get().phone.delete(phone);
  }

  private get() {
    if (!this.limiters) {
      const storeClient = (this.dataSource.driver as unknown as { master: unknown }).master;
      const make = (keyPrefix: string, points: number) =>
        new RateLimiterPostgres({
          storeClient,
          tableName: 'rate_limits',
          tableCreated: true,
          keyPrefix,
          points,
          duration: WINDOW_SECONDS,
          clearExpiredByTimeout: false,
        });
      this.limiters = { phone: make('signin-phone', MAX_FAILURES_PER_PHONE), address: make('signin-addr', MAX_FAILURES_PER_ADDRESS) };
    }
    return this.limiters;
  }
}
