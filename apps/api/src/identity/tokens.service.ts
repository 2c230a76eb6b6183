import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { DataSource } from 'typeorm';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_DAYS = 30;

/**
 * Short-lived access tokens (JWT, HS256) and opaque refresh tokens. The signing key is generated once per
 * installation and kept in the database, so a restart keeps people signed in and nothing has to be configured.
 */
@Injectable()
export class TokensService {
  private key?: Promise<Uint8Array>;

  constructor(private readonly dataSource: DataSource) {}

  async signAccess(userId: string, now = Date.now()): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(now + ACCESS_TOKEN_SECONDS * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setIssuer('lantoa')
      .sign(await this.signingKey());
    return { token, expiresAt };
  }

  /** The user id of a valid, unexpired access token; null otherwise. */
  async verifyAccess(token: string): Promise<string | null> {
    try {
      const { payload } = await jwtVerify(token, await this.signingKey(), { issuer: 'lantoa', algorithms: ['HS256'] });
      return typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashToken(token) };
  }

  private signingKey(): Promise<Uint8Array> {
    this.key ??= (async () => {
      await this.dataSource.query(`INSERT INTO app_secrets (name, value) VALUES ('jwt-signing-key', $1) ON CONFLICT (name) DO NOTHING`, [
        randomBytes(32).toString('base64'),
      ]);
      const [row] = await this.dataSource.query<{ value: string }[]>(`SELECT value FROM app_secrets WHERE name = 'jwt-signing-key'`);
      return new Uint8Array(Buffer.from(row!.value, 'base64'));
    })();
    return this.key;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
