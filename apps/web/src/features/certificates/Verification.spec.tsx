/**
 * @jest-environment jsdom
 */
import '../../testing/web-crypto.js';
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { packCredential } from '@lantoa/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import '../../app/i18n.js';
import { QuizReview } from '../learning/QuizReview.js';
import { quizResult } from '../learning/fixtures.js';
import { Verification } from './Verification.js';

const SERIAL = 'LT-2026-01-000123';
const KID = 'http://127.0.0.1/.well-known/jwks/k1';
let key: CryptoKey;
let jwks: { keys: unknown[] };
let jwt: string;

const credential = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: `http://127.0.0.1/xac-minh/${SERIAL}`,
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'http://127.0.0.1/to-chuc/01', type: ['Profile'], name: 'Sở Khoa học và Công nghệ Hà Nội' },
  validFrom: '2026-12-02T03:00:00Z',
  credentialSubject: {
    id: 'urn:uuid:3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    type: ['AchievementSubject'],
    identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Nguyễn Thị Hoà' }],
    achievement: {
      id: 'http://127.0.0.1/khoa-hoc/pho-cap',
      type: ['Achievement'],
      name: 'Phổ cập kỹ năng số',
      description: 'Hoàn thành học phần 1.',
      criteria: { narrative: 'Mọi bài.' },
    },
  },
};

const standing = (result: string, extra: Record<string, unknown> = {}) => ({
  data: {
    verifyCertificate: {
      serial: SERIAL,
      result,
      holderName: 'Nguyễn Thị Hoà',
      courseTitle: 'Phổ cập kỹ năng số',
      completedAt: '2026-12-02T03:00:00Z',
      issuer: 'Sở Khoa học và Công nghệ Hà Nội',
      modules: [],
      revokedAt: null,
      revokedReason: null,
      replacedBySerial: null,
      ...extra,
    },
  },
});

/** The API and the key set: `online: false` makes every request fail as with no network. */
function network({ online = true, answer = standing('VALID') }: { online?: boolean; answer?: unknown } = {}) {
  globalThis.fetch = (async (url: string) => {
    if (!online) throw new TypeError('Failed to fetch');
    const body = String(url).includes('jwks.json') ? jwks : answer;
    return { ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(body)) as unknown } as Response;
  }) as typeof fetch;
}

function show(code: string | null, serial: string | null = SERIAL) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Verification serial={serial} code={code} />
    </QueryClientProvider>,
  );
}

describe('verifying a certificate in the browser', () => {
  beforeAll(async () => {
    const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    key = pair.privateKey;
    jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'EdDSA' }] };
    jwt = await new SignJWT(credential).setProtectedHeader({ alg: 'EdDSA', kid: KID, typ: 'JWT' }).sign(key);
  });
  beforeEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('says the signature is right and the certificate valid, from the packed QR code', async () => {
    network();
    show(packCredential(jwt));
    expect(await screen.findByText('Chữ ký số đúng: chứng nhận do Lan Tỏa cấp, nội dung không bị sửa.')).toBeTruthy();
    expect(await screen.findByText('✓ Chứng nhận còn giá trị.')).toBeTruthy();
    expect(screen.getByText(/Nguyễn Thị Hoà đã hoàn thành khóa học “Phổ cập kỹ năng số” ngày 2\/12\/2026/)).toBeTruthy();
  });

  it('offline, checks the signature with the keys kept from an earlier visit and says revocation was not checked', async () => {
    network();
    show(jwt);
    await screen.findByText('✓ Chứng nhận còn giá trị.');
    cleanup();
    network({ online: false });
    show(jwt);
    expect(await screen.findByText('Chữ ký số đúng: chứng nhận do Lan Tỏa cấp, nội dung không bị sửa.')).toBeTruthy();
    expect(await screen.findByText(/CHƯA kiểm tra được chứng nhận có bị thu hồi/)).toBeTruthy();
  });

  it('refuses a changed credential', async () => {
    network();
    const [h, , s] = jwt.split('.');
    const forged = Buffer.from(JSON.stringify({ ...credential, validFrom: '2020-01-01T00:00:00Z' })).toString('base64url');
    show(`${h}.${forged}.${s}`);
    expect(await screen.findByText(/Chữ ký số KHÔNG đúng/)).toBeTruthy();
  });

  it('says a revoked certificate is revoked, with the date and the reason', async () => {
    network({ answer: standing('REVOKED', { revokedAt: '2026-12-05T03:00:00Z', revokedReason: 'Cấp nhầm người' }) });
    show(null);
    expect(await screen.findByText('✗ Chứng nhận này đã bị thu hồi, không còn giá trị.')).toBeTruthy();
    expect(screen.getByText('Thu hồi ngày 5/12/2026. Lý do: Cấp nhầm người')).toBeTruthy();
  });

  it('says a replaced certificate is replaced and links to the new one', async () => {
    network({ answer: standing('REPLACED', { replacedBySerial: 'LT-2026-01-000124' }) });
    show(null);
    expect(await screen.findByText(/Chứng nhận này đã được thay bằng chứng nhận mới/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'LT-2026-01-000124' }).getAttribute('href')).toBe('/xac-minh/LT-2026-01-000124');
  });

  it('says an unknown serial is unknown, with no holder shown', async () => {
    network({
      answer: standing('UNKNOWN', { serial: 'LT-2026-01-999999', holderName: null, courseTitle: null, completedAt: null, issuer: null }),
    });
    show(null, 'LT-2026-01-999999');
    expect(await screen.findByText(/Không có chứng nhận nào mang số hiệu LT-2026-01-999999/)).toBeTruthy();
    expect(screen.queryByText('Nguyễn Thị Hoà')).toBeNull();
  });

  it('after a key rotation, still accepts a certificate signed with the older key the key set keeps', async () => {
    const newer = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const NEW_KID = 'http://127.0.0.1/.well-known/jwks/k2';
    const older = jwks.keys;
    jwks = { keys: [{ ...(await exportJWK(newer.publicKey)), kid: NEW_KID, alg: 'EdDSA' }, ...older] };
    try {
      network();
      show(packCredential(jwt));
      expect(await screen.findByText('Chữ ký số đúng: chứng nhận do Lan Tỏa cấp, nội dung không bị sửa.')).toBeTruthy();
      // A credential naming the new key but signed with the old one is refused.
      cleanup();
      localStorage.clear();
      const wrong = await new SignJWT(credential).setProtectedHeader({ alg: 'EdDSA', kid: NEW_KID, typ: 'JWT' }).sign(key);
      show(wrong);
      expect(await screen.findByText(/Chữ ký số KHÔNG đúng/)).toBeTruthy();
    } finally {
      jwks = { keys: older };
    }
  });

  it('offers "Nhận chứng nhận" when the last quiz completes the course', () => {
    const result = { ...quizResult({ passed: true, reveal: true }).data.submitQuiz, courseCompleted: true };
    render(
      <QuizReview
        result={result as never}
        quizNow={{ attemptsUsed: 1, attemptsLeft: 2, lessons: [] }}
        passingScore={0.8}
        headingRef={null}
        onRetake={() => undefined}
        courseHref="/courses/pho-cap"
      />,
    );
    const links = screen.getAllByRole('link', { name: 'Nhận chứng nhận' });
    expect(links.map((l) => l.getAttribute('href'))).toEqual(links.map(() => '/chung-nhan?moi=1'));
  });
});
