import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { DomainError } from '../errors/domain-error.js';
import { urls } from './credential.js';
import { publicOrigin } from './public-origin.js';

interface KeyRow {
  kid: string;
  public_jwk: JWK;
  private_jwk: JWK | null;
  active: boolean;
  source: 'generated' | 'config';
  created_at: Date;
  retired_at: Date | null;
}

export interface PublishedKey extends JWK {
  kid: string;
}

/**
 * The Ed25519 keys that sign certificates. Embedded default: a key is generated on first start and kept in the
 * database (with the data). Production: LANTOA_CERTIFICATE_KEY (a private JWK) is the active key; only its public
 * part is stored, so it stays published after the configuration moves to a new key. Retired keys are never deleted:
 * /.well-known/jwks.json lists them all, so every certificate ever signed keeps verifying.
 *
 * A key's id in a JWT header is the URL of its public JWK (OB 3.0 §8.2: `kid` dereferences to the key), built from
 * its RFC 7638 thumbprint.
 */
@Injectable()
export class SigningKeysService implements OnModuleInit {
  private active: { thumbprint: string; key: CryptoKey } | null = null;
  private readonly origin: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.origin = publicOrigin(config);
  }

  async onModuleInit(): Promise<void> {
    await this.ensureActiveKey();
  }

  kidUrl(thumbprint: string): string {
    return urls.key(this.origin, thumbprint);
  }

  /** Makes sure one key is active: the configured one, else the stored one, else a new one. Safe to race. */
  async ensureActiveKey(): Promise<void> {
    const configured = this.config.LANTOA_CERTIFICATE_KEY;
    if (configured) {
      const jwk = JSON.parse(configured) as JWK;
      const pub: JWK = { kty: 'OKP', crv: 'Ed25519', x: jwk.x! };
      const thumbprint = await calculateJwkThumbprint(pub);
      await this.dataSource.transaction(async (em) => {
        await em.query(`SELECT pg_advisory_xact_lock(hashtext('lantoa:signing_keys'))`);
        const [row] = await em.query<KeyRow[]>(`SELECT * FROM signing_keys WHERE kid = $1`, [thumbprint]);
        if (row?.active) return;
        await em.query(`UPDATE signing_keys SET active = false, retired_at = now() WHERE active`);
        if (row) await em.query(`UPDATE signing_keys SET active = true, retired_at = NULL WHERE kid = $1`, [thumbprint]);
        else
          await em.query(`INSERT INTO signing_keys (kid, public_jwk, private_jwk, active, source) VALUES ($1, $2, NULL, true, 'config')`, [
            thumbprint,
            pub,
          ]);
      });
      this.active = { thumbprint, key: (await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA')) as CryptoKey };
      return;
    }
    const [row] = await this.dataSource.query<KeyRow[]>(`SELECT * FROM signing_keys WHERE active`);
    if (row?.private_jwk) {
      this.active = { thumbprint: row.kid, key: (await importJWK({ ...row.private_jwk, alg: 'EdDSA' }, 'EdDSA')) as CryptoKey };
      return;
    }
    // No active key we can use (first start, or production moved from a configured key back to the default).
    await this.replaceActiveKey(true);
  }

  /** `lantoa certificates:rotate-key`: a new generated key becomes active; the old one stays published. */
  async rotate(): Promise<{ retired: string | null; active: string }> {
    if (this.config.LANTOA_CERTIFICATE_KEY) throw new DomainError('CONFLICT', 'certificates.keyFromConfig');
    const [before] = await this.dataSource.query<{ kid: string }[]>(`SELECT kid FROM signing_keys WHERE active`);
    const active = await this.replaceActiveKey();
    return { retired: before ? this.kidUrl(before.kid) : null, active: this.kidUrl(active) };
  }

  /** `onlyIfMissing`: two processes starting together on a new database end up with one key, not two. */
  private async replaceActiveKey(onlyIfMissing = false): Promise<string> {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const pub = await exportJWK(publicKey);
    const priv = await exportJWK(privateKey);
    const thumbprint = await calculateJwkThumbprint(pub);
    const chosen = await this.dataSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('lantoa:signing_keys'))`);
      if (onlyIfMissing) {
        const [row] = await em.query<KeyRow[]>(`SELECT * FROM signing_keys WHERE active AND private_jwk IS NOT NULL`);
        if (row) return row;
      }
      await em.query(`UPDATE signing_keys SET active = false, retired_at = now() WHERE active`);
      await em.query(`INSERT INTO signing_keys (kid, public_jwk, private_jwk, active, source) VALUES ($1, $2, $3, true, 'generated')`, [
        thumbprint,
        pub,
        priv,
      ]);
      return thumbprint;
    });
    if (typeof chosen === 'string') {
      this.active = { thumbprint: chosen, key: privateKey };
      return chosen;
    }
    this.active = { thumbprint: chosen.kid, key: (await importJWK({ ...chosen.private_jwk!, alg: 'EdDSA' }, 'EdDSA')) as CryptoKey };
    return chosen.kid;
  }

  /**
   * Signs a credential payload as a VC-JWT with the active key. Another process may have rotated the key: the
   * active row is read each time (one indexed row), so this process never signs with a retired key.
   */
  async sign(payload: Record<string, unknown>): Promise<{ jwt: string; thumbprint: string }> {
    const [row] = await this.dataSource.query<{ kid: string }[]>(`SELECT kid FROM signing_keys WHERE active`);
    if (!row || row.kid !== this.active?.thumbprint) await this.ensureActiveKey();
    const { thumbprint, key } = this.active!;
    const jwt = await new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid: this.kidUrl(thumbprint), typ: 'JWT' }).sign(key);
    return { jwt, thumbprint };
  }

  /** Every public key ever used, newest first, as published in /.well-known/jwks.json. */
  async publicKeys(): Promise<PublishedKey[]> {
    const rows = await this.dataSource.query<KeyRow[]>(`SELECT kid, public_jwk FROM signing_keys ORDER BY created_at DESC, kid`);
    return rows.map((r) => this.published(r));
  }

  async publicKey(thumbprint: string): Promise<PublishedKey | null> {
    const [row] = await this.dataSource.query<KeyRow[]>(`SELECT kid, public_jwk FROM signing_keys WHERE kid = $1`, [thumbprint]);
    return row ? this.published(row) : null;
  }

  private published(row: Pick<KeyRow, 'kid' | 'public_jwk'>): PublishedKey {
    return { kty: 'OKP', crv: 'Ed25519', x: row.public_jwk.x!, kid: this.kidUrl(row.kid), alg: 'EdDSA', use: 'sig' };
  }
}
