import { deflateSync, inflateSync } from 'fflate';

/**
 * The credential as a certificate's QR code carries it: lossless, about half the modules of the plain JWT.
 *
 * A VC-JWT is base64url text, which a QR code can only hold in byte mode (8 bits a character, 4 characters per 3
 * bytes of JSON): a certificate's JWT (~2.1 KB) needs QR version 34, too dense to print and scan. So the QR holds
 * the same JWT packed: the 64-byte Ed25519 signature, then the header and payload JSON (joined by a line feed, which
 * JSON text never contains) compressed with DEFLATE, all written as decimal digits (7 bytes → 17 digits), which QR
 * numeric mode stores at 3.33 bits a digit. Unpacking rebuilds the exact JWT (base64url of the same bytes), so any
 * JOSE library verifies it. The verify URL is `<origin>/xac-minh/<serial>#<digits>`; a plain JWT after `#` (the
 * share link) is accepted too.
 */
const DIGITS_FOR_BYTES = [0, 3, 5, 8, 10, 13, 15, 17];
const SIGNATURE_BYTES = 64;

export function packCredential(jwt: string): string {
  const [header, payload, signature] = jwt.split('.');
  if (!header || !payload || !signature) throw new Error('not a compact JWS');
  const json = concat(fromBase64Url(header), new Uint8Array([10]), fromBase64Url(payload));
  const sig = fromBase64Url(signature);
  if (sig.length !== SIGNATURE_BYTES) throw new Error('not an Ed25519 signature');
  const bytes = concat(sig, deflateSync(json, { level: 9 }));
  let digits = '';
  for (let i = 0; i < bytes.length; i += 7) {
    const chunk = bytes.subarray(i, i + 7);
    let n = 0n;
    for (const b of chunk) n = n * 256n + BigInt(b);
    digits += n.toString().padStart(DIGITS_FOR_BYTES[chunk.length]!, '0');
  }
  return digits;
}

/** The JWT packed by packCredential, or null when the digits are not one (a damaged or foreign code). */
export function unpackCredential(digits: string): string | null {
  if (!/^\d+$/.test(digits)) return null;
  const rest = digits.length % 17;
  const lastBytes = DIGITS_FOR_BYTES.indexOf(rest);
  if (lastBytes < 0) return null;
  const bytes = new Uint8Array(Math.floor(digits.length / 17) * 7 + lastBytes);
  let at = 0;
  for (let i = 0; i < digits.length;) {
    const len = digits.length - i >= 17 ? 17 : rest;
    const count = len === 17 ? 7 : lastBytes;
    let n = BigInt(digits.slice(i, i + len));
    if (n >= 256n ** BigInt(count)) return null;
    for (let k = count - 1; k >= 0; k--) {
      bytes[at + k] = Number(n & 255n);
      n >>= 8n;
    }
    at += count;
    i += len;
  }
  if (bytes.length <= SIGNATURE_BYTES) return null;
  let json: Uint8Array;
  try {
    json = inflateSync(bytes.subarray(SIGNATURE_BYTES));
  } catch {
    return null;
  }
  const split = json.indexOf(10);
  if (split < 0) return null;
  return `${toBase64Url(json.subarray(0, split))}.${toBase64Url(json.subarray(split + 1))}.${toBase64Url(bytes.subarray(0, SIGNATURE_BYTES))}`;
}

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * The credential in whatever a person or a scanner gives: a verify URL (its part after `#`), the packed digits or a
 * plain JWT. Null when there is none.
 */
export function credentialFromText(text: string): string | null {
  const trimmed = text.trim();
  const fragment = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1) : trimmed;
  const cleaned = fragment.replace(/\s+/g, '');
  if (JWT.test(cleaned)) return cleaned;
  return unpackCredential(cleaned);
}

/** The serial in a verify URL (`…/xac-minh/LT-2026-01-000123#…`), or null. */
export function serialFromText(text: string): string | null {
  return /\/xac-minh\/(LT-\d{4}-\d{2}-\d{6})/i.exec(text)?.[1]?.toUpperCase() ?? null;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
