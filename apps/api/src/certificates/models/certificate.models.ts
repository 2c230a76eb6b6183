import { Extensions, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from '../../identity/models/user.model.js';

export enum CertificateStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
  REPLACED = 'REPLACED',
}
registerEnumType(CertificateStatus, { name: 'CertificateStatus' });

export enum VerificationResult {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
  REPLACED = 'REPLACED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(VerificationResult, {
  name: 'VerificationResult',
  description: 'What a verifier is told: valid, revoked (with date and reason), replaced (by a newer serial) or unknown.',
});

@ObjectType('CertificateModule', { description: 'A module completed, with the province variant where the learner took one.' })
export class CertificateModuleModel {
  @Field(() => Int) position!: number;
  @Field() slug!: string;
  @Field({ description: 'The module title in Vietnamese.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Province code of the variant taken (module 6), else null.' })
  provinceCode!: string | null;
  @Field(() => String, { nullable: true, description: "Title of the province's part, when there was one." })
  variantTitle!: string | null;
}

@ObjectType('Certificate', { description: 'A course certificate: only its holder and admins whose scope covers the holder see it.' })
export class CertificateModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'LT-<year>-<province code>-<number>, e.g. LT-2026-01-000123.' }) serial!: string;
  @Field(() => CertificateStatus) status!: CertificateStatus;
  @Field({ description: 'Full name as printed (Unicode NFC).' }) holderName!: string;
  @Field(() => UserModel) holder!: UserModel;
  @Field() courseSlug!: string;
  @Field() courseTitle!: string;
  @Field({ description: 'The issuing body (Vietnamese).' }) issuer!: string;
  @Field() completedAt!: Date;
  @Field() issuedAt!: Date;
  @Extensions({ listSize: 10 })
  @Field(() => [CertificateModuleModel])
  modules!: CertificateModuleModel[];
  @Field({ description: 'The Open Badges 3.0 credential as a VC-JWT (compact JWS, EdDSA), verifiable with /.well-known/jwks.json.' })
  credentialJwt!: string;
  @Field({ description: 'The public verify page with the credential (the JWT) after #: the link to share.' }) verifyUrl!: string;
  @Field({ description: 'What the QR code holds: the verify page with the credential packed as digits after # (denser QR).' })
  qrUrl!: string;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revokedReason!: string | null;
  @Field(() => String, { nullable: true, description: 'The certificate that replaced this one.' }) replacedBySerial!: string | null;
  @Field(() => String, { nullable: true, description: 'The certificate this one replaced.' }) replacesSerial!: string | null;

  /** For the authorization layer (protect-schema.ts): whose certificate this is. */
  holderId!: string;
}

@ObjectType('CertificateVerification', { description: 'What anyone may learn from a serial: never the phone or the account.' })
export class CertificateVerificationModel {
  @Field() serial!: string;
  @Field(() => VerificationResult) result!: VerificationResult;
  @Field(() => String, { nullable: true }) holderName!: string | null;
  @Field(() => String, { nullable: true }) courseTitle!: string | null;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => String, { nullable: true }) issuer!: string | null;
  @Extensions({ listSize: 10 })
  @Field(() => [CertificateModuleModel])
  modules!: CertificateModuleModel[];
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revokedReason!: string | null;
  @Field(() => String, { nullable: true, description: 'For REPLACED: the serial of the certificate that replaced it.' })
  replacedBySerial!: string | null;
}
