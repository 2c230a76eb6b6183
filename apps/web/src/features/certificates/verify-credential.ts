import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';

/**
 * Checks a certificate's credential (VC-JWT) in the browser, against the keys Lan Tỏa publishes. The keys are kept
 * in localStorage after one visit, so a phone with no connection still tells a genuine certificate from a forged
 * one; only revocation needs the network (the page says so when it cannot check it).
 */
const KEYS_STORAGE = 'lantoa.certificate-keys';
export const JWKS_PATH = '/.well-known/jwks.json';

export interface CredentialFacts {
  serial: string | null;
  holderName: string;
  courseTitle: string;
  issuer: string;
  completedAt: string;
  description: string;
}

export type SignatureCheck =
  { ok: true; facts: CredentialFacts; keysFrom: 'network' | 'saved' } | { ok: false; reason: 'invalid' | 'noKeys' };

/** Fetches the published keys (and keeps them), or falls back to the ones kept from an earlier visit. */
export async function loadKeys(fetcher: typeof fetch = fetch): Promise<{ keys: JSONWebKeySet; from: 'network' | 'saved' } | null> {
  try {
    const response = await fetcher(JWKS_PATH, { cache: 'no-cache' });
    if (response.ok) {
      const keys = (await response.json()) as JSONWebKeySet;
      if (Array.isArray(keys.keys)) {
        localStorage.setItem(KEYS_STORAGE, JSON.stringify(keys));
        return { keys, from: 'network' };
      }
    }
  } catch {
    // Offline: use what was kept.
  }
  const saved = localStorage.getItem(KEYS_STORAGE);
  if (!saved) return null;
  try {
    return { keys: JSON.parse(saved) as JSONWebKeySet, from: 'saved' };
  } catch {
    return null;
  }
}

export async function checkSignature(jwt: string, fetcher: typeof fetch = fetch): Promise<SignatureCheck> {
  const loaded = await loadKeys(fetcher);
  if (!loaded) return { ok: false, reason: 'noKeys' };
  try {
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(loaded.keys), { algorithms: ['EdDSA'] });
    return { ok: true, facts: factsOf(payload as Record<string, unknown>), keysFrom: loaded.from };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

function factsOf(payload: Record<string, unknown>): CredentialFacts {
  const subject = (payload.credentialSubject ?? {}) as {
    identifier?: { identityType?: string; identityHash?: string }[];
    achievement?: { name?: string; description?: string };
  };
  const issuer = payload.issuer as { name?: string } | string | undefined;
  const id = typeof payload.id === 'string' ? payload.id : '';
  return {
    serial: /\/xac-minh\/(LT-\d{4}-\d{2}-\d{6})$/.exec(id)?.[1] ?? null,
    holderName: subject.identifier?.find((i) => i.identityType === 'name')?.identityHash ?? '',
    courseTitle: subject.achievement?.name ?? '',
    issuer: typeof issuer === 'string' ? issuer : (issuer?.name ?? ''),
    completedAt: typeof payload.validFrom === 'string' ? payload.validFrom : '',
    description: subject.achievement?.description ?? '',
  };
}
