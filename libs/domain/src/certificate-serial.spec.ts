import { describe, expect, it } from '@jest/globals';
import { formatCertificateSerial, normalizeCertificateSerial, parseCertificateSerial } from './certificate-serial.js';

describe('certificate serials', () => {
  it('reads and writes LT-<year>-<province>-<number>', () => {
    expect(parseCertificateSerial('LT-2026-01-000123')).toEqual({ year: 2026, provinceCode: '01', number: 123 });
    expect(formatCertificateSerial({ year: 2026, provinceCode: '79', number: 7 })).toBe('LT-2026-79-000007');
  });

  it('accepts what people type, and nothing else', () => {
    expect(normalizeCertificateSerial(' lt 2026 01 000123 ')).toBe('LT-2026-01-000123');
    expect(normalizeCertificateSerial('LT–2026–01–000123')).toBe('LT-2026-01-000123');
    expect(normalizeCertificateSerial('LT-2026-1-123')).toBeNull();
    expect(normalizeCertificateSerial("LT-2026-01-000123' OR 1=1")).toBeNull();
  });
});
