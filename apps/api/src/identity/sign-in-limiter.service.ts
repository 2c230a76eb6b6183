import { Injectable } from '@nestjs/common';
import { RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';

/** Failures of one phone from one address within the window before that pair must wait out the window. */
export const MAX_FAILURES_PER_PAIR = 5;
/** Failures of one phone (from anywhere) before each further try waits, doubling from FIRST_DELAY up to MAX_DELAY. */
export const FREE_FAILURES_PER_PHONE = 10;
/** Failures from one address (every phone) before that address waits: high, for a commune office or a carrier NAT. */
export const MAX_FAILURES_PER_ADDRESS = 300;
const WINDOW_SECONDS = 15 * 60;
const PHONE_WINDOW_SECONDS = 24 * 3600;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;

export interface SignInAttempt {
  phone: string;
  address: string;
  /** The request came from a device on which this phone has signed in successfully before (signed cookie). */
  knownDevice: boolean;
}

/**
 * Throttles password guessing without handing anyone a lock they can trigger at will (OWASP ASVS 2.2.1,
 * NIST SP 800-63B 5.2.2):
 * - phone + address: a tight limit, so one attacker's guesses stop quickly without touching anyone else;
 * - phone: past a number of failures from anywhere, each further try waits a growing delay, but a device that
 *   has signed in as this phone before is not held by it, so the owner always gets in;
 * - address: a limit high enough for many people signing in from one shared office.
 * Counts live in PostgreSQL (table rate_limits) so every API process shares them.
 */
@Injectable()
export class SignInLimiterService {
  private limiters?: { pair: RateLimiterAbstract; phone: RateLimiterAbstract; delay: RateLimiterAbstract; address: RateLimiterAbstract };

  constructor(private readonly dataSource: DataSource) {}

  /** Throws TOO_MANY_ATTEMPTS (with the seconds to wait) when the attempt must wait. */
  async check(attempt: SignInAttempt): Promise<void> {
    const l = this.get();
    const [pair, delay, address] = await Promise.all([
      l.pair.get(pairKey(attempt)),
      attempt.knownDevice ? null : l.delay.get(attempt.phone),
      l.address.get(attempt.address),
    ]);
    const waits = [
      pair && pair.consumedPoints >= MAX_FAILURES_PER_PAIR ? pair.msBeforeNext : 0,
      delay && delay.consumedPoints > 0 ? delay.msBeforeNext : 0,
      address && address.consumedPoints >= MAX_FAILURES_PER_ADDRESS ? address.msBeforeNext : 0,
    ];
    const wait = Math.max(...waits);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new DomainError('TOO_MANY_ATTEMPTS', 'auth.tooManyAttempts', { minutes: Math.max(1, Math.ceil(seconds / 60)) }, [], {
        retryAfterSeconds: seconds,
      });
    }
  }

  async recordFailure(attempt: SignInAttempt): Promise<void> {
    const l = this.get();
    // consume() rejects once the points are used up; check() reports that, so it is not an error here.
    const [, phone] = await Promise.all([
      l.pair.consume(pairKey(attempt)).catch(() => undefined),
      l.phone.consume(attempt.phone).catch(() => undefined),
      l.address.consume(attempt.address).catch(() => undefined),
    ]);
    const failures = phone?.consumedPoints ?? 0;
    if (failures >= FREE_FAILURES_PER_PHONE) {
      const seconds = Math.min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES_PER_PHONE), MAX_DELAY_SECONDS);
      await l.delay.block(attempt.phone, seconds);
    }
  }

  /** The owner got in: their phone's counters start again (the address count stays). */
  async recordSuccess(attempt: SignInAttempt): Promise<void> {
    const l = this.get();
    await Promise.all([l.pair.delete(pairKey(attempt)), l.phone.delete(attempt.phone), l.delay.delete(attempt.phone)]);
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
        pair: make('signin-pair', MAX_FAILURES_PER_PAIR, WINDOW_SECONDS),
        phone: make('signin-phone-count', 1_000_000, PHONE_WINDOW_SECONDS),
        delay: make('signin-phone-delay', 1, MAX_DELAY_SECONDS),
        address: make('signin-addr', MAX_FAILURES_PER_ADDRESS, WINDOW_SECONDS),
      };
    }
    return this.limiters;
  }
}

const pairKey = (attempt: SignInAttempt) => `${attempt.phone}|${attempt.address}`;
