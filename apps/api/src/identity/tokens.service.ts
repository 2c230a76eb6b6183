import { Injectable } from '@nestjs/common';
import { createSigner, createVerifier } from 'fast-jwt';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_DAYS = 30;

interface Keys {
  sign: (payload: Record<string, unknown>) => string;
  verify: (token: string) => { sub?: unknown };
}

/**
 * Short-lived access tokens (JWT, HS256) and opaque refresh tokens. The signing key is generated once per
 * installation and kept in the database, so a restart keeps people signed in and nothing has to be configured.
 * fast-jwt verifies synchronously with node:crypto: every authenticated request pays for it (WebCrypto-based
 * verification cost a thread-pool round trip each time, seen in the progress benchmark's profile).
 */
@Injectable()
export class TokensService {
  private keys?: Promise<Keys>;

  constructor(private readonly dataSource: DataSource) {}

  async signAccess(userId: string, now = Date.now()): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(now + ACCESS_TOKEN_SECONDS * 1000);
    const { sign } = await this.signingKeys();
    const token = sign({ sub: userId, iss: 'lantoa', iat: Math.floor(now / 1000), exp: Math.floor(expiresAt.getTime() / 1000) });
    return { token, expiresAt };
  }

  /** The user id of a valid, unexpired access token; null otherwise. */
  async verifyAccess(token: string): Promise<string | null> {
    const { verify } = await this.signingKeys();
    try {
      const payload = verify(token);
      return typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashToken(token) };
  }

  /** A secret of this installation for a purpose (made once, kept in the database, shared by every process). */
  async secret(name: string): Promise<Buffer> {
    await this.dataSource.query(`INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
      name,
      randomBytes(32).toString('base64'),
    ]);
    const [row] = await this.dataSource.query<{ value: string }[]>(`SELECT value FROM app_secrets WHERE name = $1`, [name]);
    return Buffer.from(row!.value, 'base64');
  }

  private signingKeys(): Promise<Keys> {
    this.keys ??= (async () => {
      const key = await this.secret('jwt-signing-key');
      return {
        sign: createSigner({ key, algorithm: 'HS256', noTimestamp: true }),
        verify: createVerifier({ key, algorithms: ['HS256'], allowedIss: 'lantoa', requiredClaims: ['sub', 'exp'], cache: 10_000 }),
      };
    })();
    return this.keys;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
