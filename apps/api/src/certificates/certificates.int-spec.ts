import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { makeCourseDir } from '@lantoa/course-format/testing';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { execFileSync } from 'node:child_process';
import { createPublicKey, randomUUID } from 'node:crypto';
import { createVerifier } from 'fast-jwt';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CourseImportService } from '../catalog/course-import.service.js';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { RollupsService } from '../reports/rollups.service.js';
import { makeTeam, makeUser, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { credentialFromText } from '@lantoa/domain';
import { certificateQr } from './certificate-pdf.service.js';
import { statusListBit } from './credential.js';
import { SigningKeysService } from './signing-keys.service.js';

const RIGHT = [
  { questionSlug: 'cau-1', optionIds: ['a'] },
  { questionSlug: 'cau-2', optionIds: ['a'] },
];
const RIGHT_HANOI = [...RIGHT, { questionSlug: 'ha-noi-1', optionIds: ['a'] }, { questionSlug: 'ha-noi-2', optionIds: ['a'] }];
const HANOI_ISSUER = 'Sở Khoa học và Công nghệ thành phố Hà Nội';
// Written decomposed (NFD), as some phone keyboards send it: the certificate must hold it composed (NFC).
const NFD_NAME = 'Nguyễn Thị Hoà'.normalize('NFD');

const COMPLETE = `mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { courseCompleted } }`;
const SUBMIT = `mutation ($i: SubmitQuizInput!) { submitQuiz(input: $i) { passed courseCompleted } }`;
const SYNC = `mutation ($i: SyncProgressInput!) { syncProgress(input: $i) { status lesson { courseCompleted } } }`;
const FIELDS = `serial status holderName holder { id fullName } courseSlug courseTitle issuer completedAt issuedAt
  modules { position slug title provinceCode variantTitle } credentialJwt verifyUrl qrUrl revokedAt revokedReason replacedBySerial replacesSerial`;
const MINE = `query { myCertificates { ${FIELDS} } }`;
const ONE = `query ($s: String!) { certificate(serial: $s) { ${FIELDS} } }`;
const VERIFY = `query ($s: String!) { verifyCertificate(serial: $s) { serial result holderName courseTitle completedAt issuer
  modules { position provinceCode } revokedAt revokedReason replacedBySerial } }`;
const REVOKE = `mutation ($i: RevokeCertificateInput!) { revokeCertificate(input: $i) { serial status revokedAt revokedReason } }`;
const REISSUE = `mutation ($i: ReissueCertificateInput!) { reissueCertificate(input: $i) { serial status holderName replacesSerial credentialJwt } }`;

interface Certificate {
  serial: string;
  status: string;
  holderName: string;
  holder: { id: string; fullName: string };
  issuer: string;
  courseTitle: string;
  modules: { position: number; slug: string; provinceCode: string | null; variantTitle: string | null }[];
  credentialJwt: string;
  verifyUrl: string;
  qrUrl: string;
  replacedBySerial: string | null;
  replacesSerial: string | null;
}

describe('certificates', () => {
  let t: TestApp;
  let db: DataSource;
  let hcmCommune: string;
  const ids: { lessons: Record<string, string>; quizzes: Record<string, string> } = { lessons: {}, quizzes: {} };
  const who: Record<string, TestUser> = {};

  const complete = (u: TestUser, slug: string) =>
    t.gql<{ completeLesson: { courseCompleted: boolean } }>(
      COMPLETE,
      { i: { lessonId: ids.lessons[slug], clientEventId: randomUUID() } },
      u.headers,
    );
  const pass = (u: TestUser, quiz: string, answers = RIGHT) =>
    t.gql<{ submitQuiz: { passed: boolean; courseCompleted: boolean } }>(
      SUBMIT,
      { i: { quizId: ids.quizzes[quiz], answers, clientEventId: randomUUID() } },
      u.headers,
    );
  /** Everything of the course for a learner of Hà Nội (its module 2 has Hà Nội's lesson and quiz), or elsewhere. */
  const completeCourse = async (u: TestUser, hanoi: boolean, skipLast = false) => {
    for (const slug of ['bai-mot', 'bai-hai']) await complete(u, slug);
    expect((await pass(u, 'hoc-phan-mot')).data?.submitQuiz.passed).toBe(true);
    expect((await pass(u, hanoi ? 'hoc-phan-hai/01' : 'hoc-phan-hai', hanoi ? RIGHT_HANOI : RIGHT)).data?.submitQuiz.passed).toBe(true);
    await complete(u, 'bai-ba');
    if (hanoi && !skipLast) return complete(u, 'bai-ha-noi');
  };
  const mine = async (u: TestUser) => {
    const res = await t.gql<{ myCertificates: Certificate[] }>(MINE, {}, u.headers);
    expect(res.errors).toBeUndefined();
    return res.data!.myCertificates;
  };
  const jwks = async () => {
    const res = await fetch(`${t.baseUrl}/.well-known/jwks.json`);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    return (await res.json()) as JSONWebKeySet;
  };
  const verifyJwt = async (jwt: string) => jwtVerify(jwt, createLocalJWKSet(await jwks()), { algorithms: ['EdDSA'] });

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    await t.app.get(AdminUnitsLoaderService).load();
    const dir = makeCourseDir({ '02-hoc-phan-hai/provinces/01/module.yaml': `title: Hà Nội\nissuer: ${HANOI_ISSUER}\n` });
    await t.app.get(CourseImportService).importCourse(loadCourse(dir).course!);
    ids.lessons = Object.fromEntries(
      (await db.query<{ id: string; slug: string }[]>(`SELECT id, slug FROM lessons`)).map((l) => [l.slug, l.id]),
    );
    const quizzes = await db.query<{ id: string; slug: string; province_code: string | null }[]>(
      `SELECT q.id, m.slug, q.province_code FROM quizzes q JOIN course_modules m ON m.id = q.module_id`,
    );
    ids.quizzes = Object.fromEntries(quizzes.map((q) => [q.province_code ? `${q.slug}/${q.province_code}` : q.slug, q.id]));
    hcmCommune = (
      await db.query<{ code: string }[]>(`SELECT code FROM admin_units WHERE path <@ 'g2025.p79' AND level = 3 ORDER BY code LIMIT 1`)
    )[0]!.code;
    const team = await makeTeam(t, '00004', 'Tổ công nghệ số Ba Đình');
    who.hoa = await makeUser(t, { fullName: NFD_NAME, team: { id: team.id, role: 'member' } });
    who.leader = await makeUser(t, { team: { id: team.id, role: 'leader' } });
    who.hcm = await makeUser(t, { communeCode: hcmCommune, fullName: 'Lê Văn Bình' });
    who.other = await makeUser(t, { communeCode: '00004' });
    who.adminHanoi = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    who.adminHcm = await makeUser(t, { communeCode: hcmCommune, grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '79' }] });
    who.national = await makeUser(t, { grants: [{ role: 'NATIONAL_ADMIN' }] });
  });
  afterAll(() => t.close());

  it('issues exactly one certificate when two devices finish the course at the same moment', async () => {
    const hoa = who.hoa!;
    await completeCourse(hoa, true, true);
    expect(await mine(hoa)).toEqual([]);

    const event = () => ({
      kind: 'LESSON_COMPLETED',
      clientEventId: randomUUID(),
      lessonId: ids.lessons['bai-ha-noi'],
      occurredAt: new Date().toISOString(),
    });
    const [a, b] = await Promise.all([
      t.gql<{ syncProgress: { lesson: { courseCompleted: boolean } }[] }>(SYNC, { i: { events: [event()] } }, hoa.headers),
      t.gql<{ syncProgress: { lesson: { courseCompleted: boolean } }[] }>(SYNC, { i: { events: [event()] } }, hoa.headers),
    ]);
    expect([a.data!.syncProgress[0]!.lesson.courseCompleted, b.data!.syncProgress[0]!.lesson.courseCompleted].sort()).toEqual([
      false,
      true,
    ]);
    const rows = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM certificates WHERE user_id = $1`, [hoa.id]);
    expect(rows[0]!.n).toBe(1);

    const [certificate] = await mine(hoa);
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date());
    expect(certificate!.serial).toBe(`LT-${year}-01-000001`);
    expect(certificate!.holderName).toBe('Nguyễn Thị Hoà'.normalize('NFC'));
    expect(certificate!.holderName).not.toBe(NFD_NAME);
    expect(certificate!.issuer).toBe(HANOI_ISSUER);
    expect(certificate!.courseTitle).toBe('Khóa học thử');
    expect(certificate!.modules.map((m) => [m.position, m.slug, m.provinceCode])).toEqual([
      [1, 'hoc-phan-mot', null],
      [2, 'hoc-phan-hai', '01'],
    ]);
    expect(certificate!.modules[1]!.variantTitle).toBe('Hà Nội');
  });

  it('elsewhere: the national issuer, no variant, the province code of the learner', async () => {
    const res = await completeCourse(who.hcm!, false);
    expect(res).toBeUndefined();
    const [certificate] = await mine(who.hcm!);
    expect(certificate!.serial).toMatch(/^LT-\d{4}-79-000001$/);
    expect(certificate!.issuer).toBe('Sở KH&CN');
    expect(certificate!.modules.every((m) => m.provinceCode === null)).toBe(true);
  });

  it('is an Open Badges 3.0 VC-JWT that jose verifies with /.well-known/jwks.json alone; tampering is refused', async () => {
    const [certificate] = await mine(who.hoa!);
    const jwt = certificate!.credentialJwt;
    const header = decodeProtectedHeader(jwt);
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'JWT' });
    // kid is a URL that dereferences to the public JWK.
    const key = (await (await fetch(String(header.kid).replace('http://localhost:3000', t.baseUrl))).json()) as Record<string, string>;
    expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: header.kid });
    expect(key.d).toBeUndefined();

    const { payload } = await verifyJwt(jwt);
    const subject = payload.credentialSubject as Record<string, unknown>;
    expect(payload['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(payload.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(payload.iss).toBe((payload.issuer as { id: string }).id);
    expect(payload.issuer).toMatchObject({ type: ['Profile'], name: HANOI_ISSUER });
    expect(payload.jti).toBe(payload.id);
    expect(payload.sub).toBe(subject.id);
    expect(payload.sub).toBe(`urn:uuid:${who.hoa!.id}`);
    expect(payload.nbf).toBe(Date.parse(payload.validFrom as string) / 1000);
    expect(payload.iat).toBeUndefined();
    expect(subject.type).toEqual(['AchievementSubject']);
    expect(subject.identifier).toEqual([
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: certificate!.holderName },
    ]);
    expect(subject.achievement).toMatchObject({
      type: ['Achievement'],
      name: 'Khóa học thử',
      description: expect.stringContaining('2 (nội dung Hà Nội)'),
      criteria: { narrative: expect.any(String) },
    });
    expect(Object.keys(subject).sort()).toEqual(['achievement', 'id', 'identifier', 'type']);
    expect(payload.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation' });
    // Never the phone, in any form.
    const text = Buffer.from(jwt.split('.')[1]!, 'base64url').toString();
    expect(text).not.toContain(who.hoa!.phone.slice(3));
    expect(certificate!.verifyUrl).toBe(`http://localhost:3000/xac-minh/${certificate!.serial}#${jwt}`);
    // The QR code's form of the same credential unpacks to the very same JWT.
    expect(credentialFromText(certificate!.qrUrl)).toBe(jwt);
    expect(certificateQr(certificate!.qrUrl).facts.version).toBeLessThanOrEqual(25);

    // A second, independent JOSE implementation (fast-jwt on node:crypto) agrees, with the key picked from jwks.json by kid.
    const published = (await jwks()).keys.find((k) => k.kid === header.kid)!;
    const pem = createPublicKey({ key: published as import('node:crypto').JsonWebKey, format: 'jwk' })
      .export({ type: 'spki', format: 'pem' })
      .toString();
    const independent = createVerifier({ key: pem, algorithms: ['EdDSA'] })(jwt) as Record<string, unknown>;
    expect(independent.jti).toBe(payload.jti);

    const [h, p, s] = jwt.split('.') as [string, string, string];
    const forged = Buffer.from(
      JSON.stringify({
        ...decodeJwt(jwt),
        credentialSubject: {
          ...subject,
          identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Kẻ Giả Mạo' }],
        },
      }),
    ).toString('base64url');
    await expect(verifyJwt(`${h}.${forged}.${s}`)).rejects.toThrow();
    expect(() => createVerifier({ key: pem, algorithms: ['EdDSA'] })(`${h}.${forged}.${s}`)).toThrow();
    const flipped = `${s.slice(0, 10)}${s[10] === 'A' ? 'B' : 'A'}${s.slice(11)}`;
    await expect(verifyJwt(`${h}.${p}.${flipped}`)).rejects.toThrow();
  });

  it('shows a certificate to its holder and admins in scope only', async () => {
    const [certificate] = await mine(who.hoa!);
    const ask = (u: TestUser | null) => t.gql<{ certificate: Certificate | null }>(ONE, { s: certificate!.serial }, u?.headers ?? {});
    for (const u of [who.hoa!, who.adminHanoi!, who.national!]) expect((await ask(u)).data?.certificate?.serial).toBe(certificate!.serial);
    for (const u of [who.other!, who.adminHcm!, who.leader!, who.hcm!])
      expect((await ask(u)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ask(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ask(who.national!)).data).toBeTruthy();
    expect((await t.gql<{ certificate: null }>(ONE, { s: 'LT-2000-01-999999' }, who.national!.headers)).data?.certificate).toBeNull();
  });

  it('tells anyone whether a serial is valid, without the phone; unknown serials are UNKNOWN', async () => {
    const [certificate] = await mine(who.hoa!);
    const res = await t.gql<{ verifyCertificate: Record<string, unknown> }>(VERIFY, { s: certificate!.serial.toLowerCase() });
    expect(res.data!.verifyCertificate).toMatchObject({
      serial: certificate!.serial,
      result: 'VALID',
      holderName: certificate!.holderName,
      issuer: HANOI_ISSUER,
    });
    expect(JSON.stringify(res.data)).not.toContain(who.hoa!.phone.slice(3));
    for (const s of ['LT-2026-01-999999', "x' OR 1=1 --"])
      expect((await t.gql<{ verifyCertificate: { result: string } }>(VERIFY, { s })).data!.verifyCertificate.result).toBe('UNKNOWN');
  });

  it('keeps older certificates valid after a key rotation, and signs new ones with the new key', async () => {
    const [old] = await mine(who.hoa!);
    const oldKid = decodeProtectedHeader(old!.credentialJwt).kid;
    const { active } = await t.app.get(SigningKeysService).rotate();
    expect(active).not.toBe(oldKid);
    expect((await jwks()).keys.map((k) => k.kid)).toEqual(expect.arrayContaining([oldKid, active]));
    await verifyJwt(old!.credentialJwt);

    const newcomer = await makeUser(t, { communeCode: hcmCommune, fullName: 'Phạm Thu Trang' });
    await completeCourse(newcomer, false);
    const [fresh] = await mine(newcomer);
    expect(decodeProtectedHeader(fresh!.credentialJwt).kid).toBe(active);
    await verifyJwt(fresh!.credentialJwt);
  });

  it('revokes with a reason: visible in verifyCertificate and in the signed status list', async () => {
    const [certificate] = await mine(who.hcm!);
    const input = { serial: certificate!.serial, reason: 'Cấp nhầm do lỗi nhập dữ liệu' };
    expect((await t.gql(REVOKE, { i: input }, who.adminHanoi!.headers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(REVOKE, { i: input }, who.hcm!.headers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(REVOKE, { i: { ...input, reason: 'x' } }, who.adminHcm!.headers)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const done = await t.gql<{ revokeCertificate: { status: string } }>(REVOKE, { i: input }, who.adminHcm!.headers);
    expect(done.data?.revokeCertificate.status).toBe('REVOKED');
    expect((await t.gql(REVOKE, { i: input }, who.adminHcm!.headers)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const verified = (
      await t.gql<{ verifyCertificate: { result: string; revokedAt: string; revokedReason: string } }>(VERIFY, { s: input.serial })
    ).data!.verifyCertificate;
    expect(verified).toMatchObject({ result: 'REVOKED', revokedReason: input.reason });
    expect(Date.parse(verified.revokedAt)).toBeGreaterThan(Date.now() - 60_000);

    // A verifier needs nothing but the credential, the status list URL it names and the key set.
    const { payload } = await verifyJwt(certificate!.credentialJwt);
    const status = payload.credentialStatus as { statusListCredential: string; statusListIndex: string };
    const listJwt = await (await fetch(status.statusListCredential.replace('http://localhost:3000', t.baseUrl))).text();
    const list = (await verifyJwt(listJwt)).payload;
    expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    const encoded = (list.credentialSubject as { encodedList: string; statusPurpose: string }).encodedList;
    expect(statusListBit(encoded, Number(status.statusListIndex))).toBe(true);
    const [valid] = await mine(who.hoa!);
    const validIndex = Number(
      ((await verifyJwt(valid!.credentialJwt)).payload.credentialStatus as { statusListIndex: string }).statusListIndex,
    );
    expect(statusListBit(encoded, validIndex)).toBe(false);
  });

  it('reissues with a corrected name: the old one is REPLACED and points to the new one', async () => {
    const [old] = await mine(who.hoa!);
    const input = { serial: old!.serial, fullName: 'Nguyễn Thị Hòa' };
    expect((await t.gql(REISSUE, { i: input }, who.hoa!.headers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await t.gql(REISSUE, { i: { ...input, fullName: old!.holderName } }, who.adminHanoi!.headers)).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const res = await t.gql<{
      reissueCertificate: { serial: string; status: string; holderName: string; replacesSerial: string; credentialJwt: string };
    }>(REISSUE, { i: input }, who.adminHanoi!.headers);
    const fresh = res.data!.reissueCertificate;
    expect(fresh).toMatchObject({ status: 'VALID', holderName: 'Nguyễn Thị Hòa', replacesSerial: old!.serial });
    expect(fresh.serial).toMatch(/^LT-\d{4}-01-000002$/);
    const identifier = ((await verifyJwt(fresh.credentialJwt)).payload.credentialSubject as { identifier: { identityHash: string }[] })
      .identifier;
    expect(identifier[0]!.identityHash).toBe('Nguyễn Thị Hòa');
    const verified = (await t.gql<{ verifyCertificate: { result: string; replacedBySerial: string } }>(VERIFY, { s: old!.serial })).data!
      .verifyCertificate;
    expect(verified).toEqual(expect.objectContaining({ result: 'REPLACED', replacedBySerial: fresh.serial }));
    expect((await mine(who.hoa!)).map((c) => c.serial)).toEqual([fresh.serial]);

    // A verifier holding only the old credential learns from the status list that it no longer stands.
    const entry = async (jwt: string) =>
      (await verifyJwt(jwt)).payload.credentialStatus as { statusListCredential: string; statusListIndex: string };
    const [was, now] = [await entry(old!.credentialJwt), await entry(fresh.credentialJwt)];
    expect(now.statusListCredential).toBe(was.statusListCredential);
    const listJwt = await (await fetch(was.statusListCredential.replace('http://localhost:3000', t.baseUrl))).text();
    const encoded = ((await verifyJwt(listJwt)).payload.credentialSubject as { encodedList: string }).encodedList;
    expect(statusListBit(encoded, Number(was.statusListIndex))).toBe(true);
    expect(statusListBit(encoded, Number(now.statusListIndex))).toBe(false);
  });

  it('counts certificates issued in the report roll-ups (metric 7), once per learner and course', async () => {
    const REPORT = `query ($i: CompletionReportInput!) { completionReport(input: $i) { rows { scopeCode teamMembers { courseCompleted certificatesIssued } } } }`;
    const res = await t.gql<{
      completionReport: { rows: { scopeCode: string; teamMembers: { courseCompleted: number; certificatesIssued: number } }[] };
    }>(REPORT, { i: { courseSlug: 'khoa-hoc-thu', scopeCode: '01' } }, who.national!.headers);
    const commune = res.data!.completionReport.rows.find((r) => r.scopeCode === '00004')!;
    // Hoa's certificate was reissued: still one achievement.
    expect(commune.teamMembers).toEqual({ courseCompleted: 1, certificatesIssued: 1 });
    expect(await t.app.get(RollupsService).differences()).toEqual([]);
  });

  describe('PDF', () => {
    it('is served to the holder and admins in scope only (401 / 403 / 404 / 200)', async () => {
      const [certificate] = await mine(who.hoa!);
      const url = `${t.baseUrl}/certificates/${certificate!.serial}.pdf`;
      const get = (u: TestUser | null, at = url) => fetch(at, { headers: u?.headers ?? {} });
      expect((await get(null)).status).toBe(401);
      expect((await get(who.other!)).status).toBe(403);
      expect((await get(who.adminHcm!)).status).toBe(403);
      // The holder's team leader sees the team's progress, not its certificates.
      expect((await get(who.leader!)).status).toBe(403);
      expect((await get(who.national!)).status).toBe(200);
      expect((await get(who.national!, `${t.baseUrl}/certificates/LT-2000-01-999999.pdf`)).status).toBe(404);
      expect((await get(who.adminHanoi!)).status).toBe(200);
      const res = await get(who.hoa!);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

      // The text layer, read back by poppler: the name is NFC, with its diacritics, as are the issuer and serial.
      const file = join(mkdtempSync(join(tmpdir(), 'lantoa-pdf-')), 'certificate.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Nguyễn Thị Hòa');
      expect(text).toBe(text.normalize('NFC'));
      expect(text).toContain(certificate!.serial);
      expect(text).toContain(HANOI_ISSUER.toUpperCase());
      expect(text).toContain('Khóa học thử');
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    });
  });
});
