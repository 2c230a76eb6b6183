import { hash, verify } from '@node-rs/argon2';

/**
 * Password hashing with argon2id from `@node-rs/argon2`, which ships prebuilt binaries (no node-gyp at install, so
 * `npm install` works for a user without Node's headers). Parameters are OWASP's argon2id minimum (19 MiB, 2 passes,
 * 1 lane): enough against offline guessing, and cheap enough that a flood of sign-ins cannot exhaust memory.
 * Hashes made earlier by the `argon2` package (64 MiB, 3 passes, 4 lanes) carry their parameters in the PHC string
 * and keep verifying.
 */
const ARGON2ID = 2; // Algorithm.Argon2id; a const enum cannot be imported under isolatedModules.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False, never a throw, for a malformed stored hash: the caller answers "wrong phone or password" either way. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
