import { describe, expect, it } from '@jest/globals';
import { hashPassword, verifyPassword } from './password-hash.js';

/** Made by the `argon2` npm package (node-gyp build) that accounts were hashed with before @node-rs/argon2. */
const OLD_HASH = '$argon2id$v=19$m=65536,p=4,t=3$4yMTLiwRzc75izcn0Jg2LQ$A2XiMsATR1HbJEuhRhW6Qyg8wkglvb8Xahb8ZX84Zsw';
const OLD_PASSWORD = 'Mật-khẩu cũ 2025';

describe('password hashing', () => {
  it('keeps verifying hashes made by the previous argon2 package', async () => {
    expect(await verifyPassword(OLD_HASH, OLD_PASSWORD)).toBe(true);
    expect(await verifyPassword(OLD_HASH, 'Mật-khẩu cũ 2024')).toBe(false);
  });

  it('makes argon2id hashes with OWASP parameters and a fresh salt each time', async () => {
    const first = await hashPassword('một mật khẩu dài');
    const second = await hashPassword('một mật khẩu dài');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
    expect(await verifyPassword(first, 'một mật khẩu dài')).toBe(true);
    expect(await verifyPassword(first, 'một mật khẩu ngắn')).toBe(false);
  });

  it('answers false, not an error, for a stored value that is not a hash', async () => {
    expect(await verifyPassword('', 'x')).toBe(false);
    expect(await verifyPassword('$argon2id$broken', 'x')).toBe(false);
  });
});
