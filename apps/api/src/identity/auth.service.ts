import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import type { GraphQLContext } from '../graphql/graphql-options.js';
import { AdminUnitsService } from '../org/admin-units.service.js';
import type { ChangePasswordInput } from './dto/change-password.input.js';
import type { SignInInput } from './dto/sign-in.input.js';
import type { SignUpInput } from './dto/sign-up.input.js';
import { Session, User } from './entities/index.js';
import type { AuthPayloadModel } from './models/auth-payload.model.js';
import { KnownDevices } from './known-devices.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './session-cookie.js';
import { SignInLimiterService } from './sign-in-limiter.service.js';
import { hashToken, REFRESH_TOKEN_DAYS, TokensService } from './tokens.service.js';
import { InputCheck } from './validation.js';
import { ViewerLoaderService } from './viewer-loader.service.js';
import { hashPassword, verifyPassword } from './password-hash.js';

/** A valid hash to verify against when the phone is unknown, so both cases take the same time. */
const DUMMY_HASH = hashPassword('not-a-real-password');

export interface HttpPair {
  req: Request;
  res: Response;
}

@Injectable()
export class AuthService {
  private devices?: Promise<KnownDevices>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly limiter: SignInLimiterService,
    private readonly units: AdminUnitsService,
    private readonly viewers: ViewerLoaderService,
  ) {}

  /** Creates an account, or claims the pending one a province admin made for this phone. */
  async signUp(input: SignUpInput, http: HttpPair): Promise<AuthPayloadModel> {
    const check = new InputCheck();
    const phone = check.phone('phone', input.phone);
    const password = check.password('password', input.password);
    const fullName = check.fullName('fullName', input.fullName);
    const commune = /^\d{5}$/.test(input.communeCode) ? await this.units.findCurrent(input.communeCode) : null;
    if (!commune || commune.level !== 3) check.add('communeCode', 'commune.unknown');
    check.throwIfAny();
    const passwordHash = await hashPassword(password);

    const payload = await this.dataSource.transaction(async (em) => {
      const existing = await em.findOne(User, { where: { phone }, lock: { mode: 'pessimistic_write' } });
      if (existing?.status === 'active') throw DomainError.invalid([{ field: 'phone', messageKey: 'phone.taken' }]);
      const user = existing
        ? await em.save(User, { ...existing, passwordHash, fullName, communeId: commune!.id, status: 'active' as const })
        : await em.save(User, em.create(User, { phone, passwordHash, fullName, communeId: commune!.id, status: 'active' }));
      return this.startSession(em, user, http);
    });
    return this.actAs(http, payload);
  }

  async signIn(input: SignInInput, http: HttpPair): Promise<AuthPayloadModel> {
    const phone = new InputCheck().phone('phone', input.phone);
    const devices = await this.knownDevices();
    const key = phone || input.phone.trim().slice(0, 32);
    const attempt = { phone: key, address: http.req.ip ?? 'unknown', knownDevice: devices.recognises(http.req, key) };
    await this.limiter.check(attempt);
    const user = phone ? await this.dataSource.getRepository(User).findOne({ where: { phone } }) : null;
    const valid = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), input.password);
    if (!user || user.status !== 'active' || !valid) {
      await this.limiter.recordFailure(attempt);
      throw new DomainError('INVALID_CREDENTIALS', 'auth.invalidCredentials');
    }
    await this.limiter.recordSuccess(attempt);
    devices.remember(http.req, http.res, key);
    const payload = await this.dataSource.transaction(async (em) => {
      await em.update(User, user.id, { lastSignInAt: new Date() });
      return this.startSession(em, user, http);
    });
    return this.actAs(http, payload);
  }

  private knownDevices(): Promise<KnownDevices> {
    this.devices ??= this.tokens.secret('known-device-key').then((key) => new KnownDevices(key));
    return this.devices;
  }

  /**
   * Trades the refresh cookie for a new access token and a new refresh token (rotation). A refresh token used
   * twice means it was stolen or replayed: every session of that person is ended.
   */
  async refresh(http: HttpPair): Promise<AuthPayloadModel> {
    const token = readRefreshCookie(http.req);
    const outcome = token
      ? await this.dataSource.transaction(async (em) => {
          const session = await em.findOne(Session, { where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
          if (!session) return null;
          if (session.revokedAt) return { kind: 'replayed' as const, userId: session.userId };
          const user = session.expiresAt > new Date() ? await em.findOne(User, { where: { id: session.userId } }) : null;
          if (!user || user.status !== 'active') return null;
          await em.update(Session, session.id, { revokedAt: new Date() });
          return { kind: 'ok' as const, payload: await this.startSession(em, user, http) };
        })
      : null;
    if (outcome?.kind === 'ok') return this.actAs(http, outcome.payload);
    if (outcome?.kind === 'replayed') {
      await this.dataSource.getRepository(Session).update({ userId: outcome.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
    clearRefreshCookie(http.res);
    throw new DomainError('UNAUTHENTICATED', 'auth.sessionExpired');
  }

  async signOut(http: HttpPair): Promise<boolean> {
    const token = readRefreshCookie(http.req);
    if (token)
      await this.dataSource.getRepository(Session).update({ tokenHash: hashToken(token), revokedAt: IsNull() }, { revokedAt: new Date() });
    clearRefreshCookie(http.res);
    return true;
  }

  /** Changes the password and ends every other session (a stolen phone stays signed out). */
  async changePassword(userId: string, input: ChangePasswordInput, http: HttpPair): Promise<AuthPayloadModel> {
    const check = new InputCheck();
    const newPassword = check.password('newPassword', input.newPassword);
    check.throwIfAny();
    const user = await this.dataSource.getRepository(User).findOneOrFail({ where: { id: userId } });
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw DomainError.invalid([{ field: 'currentPassword', messageKey: 'auth.wrongCurrentPassword' }]);
    }
    const passwordHash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (em) => {
      await em.update(User, user.id, { passwordHash });
      await em.update(Session, { userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      return this.startSession(em, user, http);
    });
  }

  /**
   * From here on the request acts for the person who has just proved who they are, so the payload shows their own
   * data (called after the transaction committed, so a new account is visible).
   */
  private async actAs(http: HttpPair, payload: AuthPayloadModel): Promise<AuthPayloadModel> {
    this.viewers.forget(payload.user.id);
    (http as Partial<GraphQLContext>).viewer = await this.viewers.load(payload.user.id);
    return payload;
  }

  private async startSession(em: EntityManager, user: User, http: HttpPair): Promise<AuthPayloadModel> {
    const refresh = this.tokens.newRefreshToken();
    await em.insert(Session, {
      userId: user.id,
      tokenHash: refresh.hash,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86400_000),
    });
    const access = await this.tokens.signAccess(user.id);
    setRefreshCookie(http.req, http.res, refresh.token);

    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, user };
  }
}
