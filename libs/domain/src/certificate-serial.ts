/**
 * Certificate serials: `LT-<year>-<province code>-<6-digit number>`, e.g. `LT-2026-01-000123`, numbered per province
 * and year (migration 1764920000000 writes them; province `00` for learners with no province). Shared by the API
 * (arguments, routes) and the web (the verify page's address, pasted serials).
 */
export const CERTIFICATE_SERIAL = /^LT-(\d{4})-(\d{2})-(\d{6})$/;

export interface CertificateSerialParts {
  year: number;
  provinceCode: string;
  number: number;
}

/** Reads a serial as people type it (spaces, lower case, any dash), or null when it is not one. */
export function parseCertificateSerial(input: string): CertificateSerialParts | null {
  const cleaned = normalizeCertificateSerial(input);
  const m = cleaned ? CERTIFICATE_SERIAL.exec(cleaned) : null;
  return m ? { year: Number(m[1]), provinceCode: m[2]!, number: Number(m[3]) } : null;
}

/** The canonical spelling of a serial (`lt 2026 01 000123` → `LT-2026-01-000123`), or null. */
export function normalizeCertificateSerial(input: string): string | null {
  const cleaned = input
    .normalize('NFKC')
    .trim()
    .toUpperCase()
    .replace(/[\s\u2010-\u2015_]+/g, '-')
    .replace(/-+/g, '-');
  return CERTIFICATE_SERIAL.test(cleaned) ? cleaned : null;
}

export function formatCertificateSerial(parts: CertificateSerialParts): string {
  return `LT-${parts.year}-${parts.provinceCode}-${String(parts.number).padStart(6, '0')}`;
}
