import { Inject, Injectable } from '@nestjs/common';
import { normalizeCertificateSerial, packCredential } from '@lantoa/domain';
import type { LocalizedText } from '@lantoa/course-format';
import { DataSource, type EntityManager } from 'typeorm';
import { PersonScopesService } from '../authorization/person-scopes.service.js';
import { policies, type PersonScope } from '../authorization/policies.js';
import { APP_CONFIG } from '../config/config.module.js';
import { pgPool } from '../database/pg-pool.js';
import type { AppConfig } from '../config/config.schema.js';
import { DomainError } from '../errors/domain-error.js';
import type { Viewer } from '../identity/viewer.js';
import { InputCheck } from '../identity/validation.js';
import { CERTIFICATE_SELECT, REISSUE_CERTIFICATE, STATUS_LIST_SET_BITS } from './certificates.sql.js';
import { buildCredential, buildStatusListCredential, STATUS_LIST_SIZE, urls } from './credential.js';
import type { ReissueCertificateInput, RevokeCertificateInput } from './dto/certificate.inputs.js';
import {
  CertificateModel,
  CertificateStatus,
  VerificationResult,
  type CertificateModuleModel,
  type CertificateVerificationModel,
} from './models/certificate.models.js';
import { publicOrigin } from './public-origin.js';
import { SigningKeysService } from './signing-keys.service.js';

export interface CertificateRow {
  id: string;
  serial: string;
  user_id: string;
  course_slug: string;
  course_title: LocalizedText | string;
  holder_name: string;
  issuer: LocalizedText | string;
  province_code: string;
  modules: {
    slug: string;
    position: number;
    title: LocalizedText | string;
    provinceCode: string | null;
    variantTitle: LocalizedText | string | null;
  }[];
  completed_at: Date;
  issued_at: Date;
  status: CertificateStatus;
  status_index: number;
  revoked_at: Date | null;
  revoked_reason: string | null;
  credential_jwt: string | null;
  replaced_by_serial: string | null;
  replaces_serial: string | null;
  phone: string;
  full_name: string;
  user_status: string;
  user_commune_id: number | null;
  province_name: string | null;
}

const vi = (text: LocalizedText | string | null | undefined): string => (typeof text === 'string' ? text : (text?.vi ?? ''));

/**
 * Certificates after their issue (the trigger of migration 1764920000000 issues them with the course completion):
 * the signed credential (made once, on first read, and stored), what the holder and admins see, the public
 * verification, revocation and reissue, and the Bitstring Status List.
 */
@Injectable()
export class CertificatesService {
  readonly origin: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: SigningKeysService,
    private readonly scopes: PersonScopesService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.origin = publicOrigin(config);
  }

  async mine(viewer: Viewer): Promise<CertificateModel[]> {
    const rows = await this.dataSource.query<CertificateRow[]>(
      `${CERTIFICATE_SELECT} WHERE c.user_id = $1 AND c.status <> 'REPLACED' ORDER BY c.issued_at DESC LIMIT 50`,
      [viewer.userId],
    );
    return Promise.all(rows.map((r) => this.toModel(r)));
  }

  /** A certificate for its holder or an admin whose scope covers the holder; null for an unknown serial. */
  async get(viewer: Viewer | null, serial: string): Promise<CertificateModel | null> {
    const row = await this.row(serial);
    if (!row) return null;
    if (!policies.seeCertificate(viewer, await this.holderScope(row.user_id)))
      throw viewer ? DomainError.forbidden() : DomainError.unauthenticated();
    return this.toModel(row);
  }

  /** For the PDF route: the same rule as get(), but an unknown serial is NOT_FOUND. */
  async getForPdf(viewer: Viewer | null, serial: string): Promise<CertificateModel> {
    if (!viewer) throw DomainError.unauthenticated();
    const certificate = await this.get(viewer, serial);
    if (!certificate) throw DomainError.notFound('certificates.notFound');
    return certificate;
  }

  /** Public: what a commune clerk or an employer may learn from a serial. Never the phone or the account. */
  async verify(serial: string): Promise<CertificateVerificationModel> {
    const row = await this.row(serial);
    const canonical = normalizeCertificateSerial(serial) ?? serial.slice(0, 40);
    if (!row)
      return {
        serial: canonical,
        result: VerificationResult.UNKNOWN,
        holderName: null,
        courseTitle: null,
        completedAt: null,
        issuer: null,
        modules: [],
        revokedAt: null,
        revokedReason: null,
        replacedBySerial: null,
      };
    return {
      serial: row.serial,
      result: VerificationResult[row.status],
      holderName: row.holder_name,
      courseTitle: vi(row.course_title),
      completedAt: row.completed_at,
      issuer: vi(row.issuer),
      modules: this.modules(row),
      revokedAt: row.revoked_at,
      revokedReason: row.revoked_reason,
      replacedBySerial: row.replaced_by_serial,
    };
  }

  async revoke(viewer: Viewer, input: RevokeCertificateInput): Promise<CertificateModel> {
    const reason = input.reason.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (reason.length < 5 || reason.length > 500)
      throw DomainError.invalid([{ field: 'reason', messageKey: 'certificates.reasonRequired' }]);
    const id = await this.dataSource.transaction(async (em) => {
      const row = await this.lockManaged(em, viewer, input.serial);
      await em.query(`UPDATE certificates SET status = 'REVOKED', revoked_at = now(), revoked_reason = $2, revoked_by = $3 WHERE id = $1`, [
        row.id,
        reason,
        viewer.actorId,
      ]);
      return row.id;
    });
    return this.toModel((await this.rowById(id))!);
  }

  /** An admin corrects the holder's name: a new certificate (new serial, new credential); the old one is REPLACED. */
  async reissue(viewer: Viewer, input: ReissueCertificateInput): Promise<CertificateModel> {
    const check = new InputCheck();
    const name = check.fullName('fullName', input.fullName);
    check.throwIfAny();
    const id = await this.dataSource.transaction(async (em) => {
      const old = await this.lockManaged(em, viewer, input.serial);
      if (old.holder_name === name) throw DomainError.invalid([{ field: 'fullName', messageKey: 'certificates.sameName' }]);
      // Out of the live unique index first, so the replacement can take its place in the same transaction.
      await em.query(`UPDATE certificates SET status = 'REPLACED' WHERE id = $1`, [old.id]);
      const [created] = await em.query<{ id: string }[]>(REISSUE_CERTIFICATE, [old.id, name]);
      await em.query(`UPDATE certificates SET replaced_by_id = $2 WHERE id = $1`, [old.id, created!.id]);
      return created!.id;
    });
    return this.toModel((await this.rowById(id))!);
  }

  /** The signed status list credential (VC-JWT) of list `list` (1-based), as published at its stable URL. */
  async statusListJwt(list: number): Promise<string | null> {
    if (!Number.isInteger(list) || list < 1) return null;
    const [{ n }] = (await this.dataSource.query<{ n: number }[]>(
      `SELECT coalesce(max(status_index), -1)::int AS n FROM certificates`,
    )) as [{ n: number }];
    if (list > Math.max(1, Math.floor(n / STATUS_LIST_SIZE) + 1)) return null;
    const from = (list - 1) * STATUS_LIST_SIZE;
    const rows = await this.dataSource.query<{ status_index: number }[]>(STATUS_LIST_SET_BITS, [from, from + STATUS_LIST_SIZE]);
    const payload = buildStatusListCredential(
      this.origin,
      list,
      rows.map((r) => r.status_index - from),
      new Date(),
    );
    return (await this.keys.sign(payload)).jwt;
  }

  verifyUrl(serial: string, jwt: string): string {
    return `${urls.credential(this.origin, serial)}#${jwt}`;
  }

  private async lockManaged(em: EntityManager, viewer: Viewer, serial: string): Promise<CertificateRow> {
    const canonical = normalizeCertificateSerial(serial);
    const [row] = canonical ? await em.query<CertificateRow[]>(`SELECT * FROM certificates WHERE serial = $1 FOR UPDATE`, [canonical]) : [];
    if (!row) throw DomainError.notFound('certificates.notFound');
    if (!policies.manageCertificate(viewer, await this.holderScope(row.user_id))) throw DomainError.forbidden();
    if (row.status !== CertificateStatus.VALID) throw new DomainError('CONFLICT', 'certificates.notValid');
    return row;
  }

  private async holderScope(userId: string): Promise<PersonScope> {
    return (await this.scopes.loader().load(userId)) ?? { userId, communePath: null, teamId: null, teamPath: null };
  }

  private async row(serial: string): Promise<CertificateRow | null> {
    const canonical = normalizeCertificateSerial(serial);
    if (!canonical) return null;
    const [row] = await this.dataSource.query<CertificateRow[]>(`${CERTIFICATE_SELECT} WHERE c.serial = $1`, [canonical]);
    return row ?? null;
  }

  private async rowById(id: string): Promise<CertificateRow | null> {
    const [row] = await this.dataSource.query<CertificateRow[]>(`${CERTIFICATE_SELECT} WHERE c.id = $1`, [id]);
    return row ?? null;
  }

  private modules(row: CertificateRow): CertificateModuleModel[] {
    return row.modules.map((m) => ({
      position: m.position,
      slug: m.slug,
      title: vi(m.title),
      provinceCode: m.provinceCode,
      variantTitle: m.variantTitle ? vi(m.variantTitle) : null,
    }));
  }

  /** The stored credential, or a new one signed now with the active key and stored (once, even when raced). */
  async credentialJwt(row: CertificateRow): Promise<string> {
    if (row.credential_jwt) return row.credential_jwt;
    const variant = row.modules.some((m) => m.provinceCode);
    const payload = buildCredential(
      {
        serial: row.serial,
        userId: row.user_id,
        holderName: row.holder_name,
        courseSlug: row.course_slug,
        courseTitle: vi(row.course_title),
        issuerName: vi(row.issuer),
        provinceCode: row.province_code,
        variantProvinceName: variant ? row.province_name : null,
        modules: row.modules.map((m) => ({ position: m.position, provinceCode: m.provinceCode })),
        completedAt: new Date(row.completed_at),
        statusIndex: row.status_index,
      },
      this.origin,
    );
    const { jwt, thumbprint } = await this.keys.sign(payload);
    // Through the driver: TypeORM answers an UPDATE … RETURNING with [rows, count].
    const {
      rows: [stored],
    } = await pgPool(this.dataSource).query<{ credential_jwt: string }>(
      `UPDATE certificates SET credential_jwt = $2, kid = $3 WHERE id = $1 AND credential_jwt IS NULL RETURNING credential_jwt`,
      [row.id, jwt, thumbprint],
    );
    if (stored) return stored.credential_jwt;
    const [again] = await this.dataSource.query<{ credential_jwt: string }[]>(`SELECT credential_jwt FROM certificates WHERE id = $1`, [
      row.id,
    ]);
    return again!.credential_jwt;
  }

  private async toModel(row: CertificateRow): Promise<CertificateModel> {
    const credentialJwt = await this.credentialJwt(row);
    return {
      id: row.id,
      serial: row.serial,
      status: row.status,
      holderName: row.holder_name,
      holderId: row.user_id,
      holder: { id: row.user_id, phone: row.phone, fullName: row.full_name, status: row.user_status, communeId: row.user_commune_id },
      courseSlug: row.course_slug,
      courseTitle: vi(row.course_title),
      issuer: vi(row.issuer),
      completedAt: row.completed_at,
      issuedAt: row.issued_at,
      modules: this.modules(row),
      credentialJwt,
      verifyUrl: this.verifyUrl(row.serial, credentialJwt),
      qrUrl: `${urls.credential(this.origin, row.serial)}#${packCredential(credentialJwt)}`,
      revokedAt: row.revoked_at,
      revokedReason: row.revoked_reason,
      replacedBySerial: row.replaced_by_serial,
      replacesSerial: row.replaces_serial,
    };
  }
}
