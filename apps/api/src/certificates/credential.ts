import { gzipSync, gunzipSync } from 'node:zlib';

/**
 * The certificate as an Open Badges 3.0 OpenBadgeCredential (an AchievementCredential of the W3C Verifiable
 * Credentials 2.0 data model), secured as a VC-JWT (OB 3.0 §8.2): the JWT payload is the credential itself, with the
 * registered claims iss (issuer.id), nbf (validFrom), jti (id) and sub (credentialSubject.id) beside it.
 *
 * Kept lean on purpose: the whole JWT travels in the certificate's QR code (the verify URL carries it after `#`), so
 * every byte here is a denser QR (see credential-qr.ts in libs/domain for how it is packed). Ids are short URLs of our
 * own origin, and the modules are summed up in the achievement's description (the PDF and the verify page list them).
 */
export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** Entries of one Bitstring Status List; the specification's minimum (16 KB uncompressed) for herd privacy. */
export const STATUS_LIST_SIZE = 131_072;

export interface CertificateModuleFact {
  position: number;
  provinceCode: string | null;
}

export interface CredentialFacts {
  serial: string;
  userId: string;
  holderName: string;
  courseSlug: string;
  courseTitle: string;
  issuerName: string;
  provinceCode: string;
  /** Name of the province whose module variant the learner took, if any ("Hà Nội"). */
  variantProvinceName: string | null;
  modules: CertificateModuleFact[];
  completedAt: Date;
  statusIndex: number;
}

export const urls = {
  credential: (origin: string, serial: string) => `${origin}/xac-minh/${serial}`,
  issuer: (origin: string, provinceCode: string) => `${origin}/to-chuc/${provinceCode}`,
  achievement: (origin: string, courseSlug: string) => `${origin}/khoa-hoc/${courseSlug}`,
  statusList: (origin: string, list: number) => `${origin}/credentials/status/${list}`,
  key: (origin: string, thumbprint: string) => `${origin}/.well-known/jwks/${thumbprint}`,
  jwks: (origin: string) => `${origin}/.well-known/jwks.json`,
};

/** A learner's stable identifier in credentials: their account's UUID, never the phone number. */
export const subjectId = (userId: string) => `urn:uuid:${userId}`;

export function statusPosition(statusIndex: number): { list: number; index: number } {
  return { list: Math.floor(statusIndex / STATUS_LIST_SIZE) + 1, index: statusIndex % STATUS_LIST_SIZE };
}

/** "Hoàn thành học phần 1, 2, 3, 4, 5, 6 (nội dung Hà Nội) và bài kiểm tra của từng học phần." */
export function criteriaNarrative(facts: Pick<CredentialFacts, 'modules' | 'variantProvinceName'>): string {
  const list = facts.modules
    .map((m) =>
      m.provinceCode && facts.variantProvinceName
        ? `${m.position} (nội dung ${shortProvince(facts.variantProvinceName)})`
        : String(m.position),
    )
    .join(', ');
  return `Hoàn thành học phần ${list} và bài kiểm tra của từng học phần.`;
}

/** "Thành phố Hà Nội" → "Hà Nội", "Tỉnh Cao Bằng" → "Cao Bằng": what people call it, and fewer bytes in the QR. */
export function shortProvince(name: string): string {
  return name.replace(/^(thành phố|tỉnh)\s+/iu, '');
}

/** The credential (JWT payload) for a certificate. validFrom is the completion time, to the second. */
export function buildCredential(facts: CredentialFacts, origin: string): Record<string, unknown> {
  const id = urls.credential(origin, facts.serial);
  const issuerId = urls.issuer(origin, facts.provinceCode);
  const subject = subjectId(facts.userId);
  const validFrom = new Date(Math.floor(facts.completedAt.getTime() / 1000) * 1000);
  const { list, index } = statusPosition(facts.statusIndex);
  const statusList = urls.statusList(origin, list);
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerId, type: ['Profile'], name: facts.issuerName },
    validFrom: validFrom.toISOString().replace('.000Z', 'Z'),
    credentialSubject: {
      id: subject,
      type: ['AchievementSubject'],
      // AchievementSubject has no field for a name: the spec's way is an IdentityObject of type "name".
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: facts.holderName }],
      achievement: {
        id: urls.achievement(origin, facts.courseSlug),
        type: ['Achievement'],
        name: facts.courseTitle,
        description: criteriaNarrative(facts),
        criteria: { narrative: 'Mọi bài học và bài kiểm tra của các học phần trên.' },
      },
    },
    // No id: optional in VC 2.0, and bytes in the QR code.
    credentialStatus: {
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: statusList,
    },
    iss: issuerId,
    nbf: validFrom.getTime() / 1000,
    jti: id,
    sub: subject,
  };
}

/**
 * encodedList of a Bitstring Status List: GZIP of the bitstring (index 0 is the most significant bit of the first
 * byte), base64url without padding, with the multibase prefix "u".
 */
export function encodeStatusList(setIndexes: Iterable<number>, size = STATUS_LIST_SIZE): string {
  const bits = new Uint8Array(size / 8);
  for (const i of setIndexes) bits[i >> 3]! |= 0x80 >> (i & 7);
  return `u${gzipSync(bits).toString('base64url')}`;
}

export function statusListBit(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url ("u…")');
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

/** The status list credential (VC-JWT payload) published at its stable URL. */
export function buildStatusListCredential(origin: string, list: number, revokedIndexes: number[], now: Date): Record<string, unknown> {
  const id = urls.statusList(origin, list);
  const validFrom = new Date(Math.floor(now.getTime() / 1000) * 1000);
  return {
    '@context': [VC_CONTEXT],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: origin,
    validFrom: validFrom.toISOString().replace('.000Z', 'Z'),
    credentialSubject: {
      id: `${id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(revokedIndexes),
    },
    iss: origin,
    nbf: validFrom.getTime() / 1000,
    jti: id,
    sub: `${id}#list`,
  };
}
