import { describe, expect, it } from '@jest/globals';
import { credentialFromText, packCredential, serialFromText, unpackCredential } from './credential-qr.js';

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const jwt = [
  b64(JSON.stringify({ alg: 'EdDSA', kid: 'https://lantoa.vn/.well-known/jwks/abc', typ: 'JWT' })),
  b64(JSON.stringify({ name: 'Nguyễn Thị Hoà', n: Array.from({ length: 40 }, (_, i) => i) })),
  Buffer.alloc(64, 7).toString('base64url'),
].join('.');

describe('credentials packed for QR codes', () => {
  it('rebuilds the exact JWT, from digits only', () => {
    const digits = packCredential(jwt);
    expect(digits).toMatch(/^\d+$/);
    expect(unpackCredential(digits)).toBe(jwt);
  });

  it('reads a verify URL, packed digits or a plain JWT; refuses damaged codes', () => {
    const digits = packCredential(jwt);
    expect(credentialFromText(`https://lantoa.vn/xac-minh/LT-2026-01-000123#${digits}`)).toBe(jwt);
    expect(credentialFromText(` ${jwt}\n`)).toBe(jwt);
    expect(credentialFromText(`https://lantoa.vn/xac-minh/LT-2026-01-000123#${jwt}`)).toBe(jwt);
    expect(credentialFromText(digits.slice(0, -5))).toBeNull();
    expect(credentialFromText('xin chào')).toBeNull();
    expect(serialFromText(`https://lantoa.vn/xac-minh/LT-2026-01-000123#${digits}`)).toBe('LT-2026-01-000123');
  });
});
