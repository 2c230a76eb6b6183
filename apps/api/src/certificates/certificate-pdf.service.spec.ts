import { beforeAll, describe, expect, it } from '@jest/globals';
import { packCredential } from '@lantoa/domain';
import { generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import jsqr from 'jsqr';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CertificatePdfService } from './certificate-pdf.service.js';
import { buildCredential } from './credential.js';
import type { CertificateModel } from './models/certificate.models.js';

const ORIGIN = 'https://lantoa.vn';
const ISSUER = 'Sở Khoa học và Công nghệ thành phố Hà Nội';
// The real course's titles: module 6 with Hà Nội's part is too long for one line and is cut.
const MODULES = [
  ['Sử dụng dịch vụ công trực tuyến', null],
  ['Thanh toán không dùng tiền mặt', null],
  ['Mua bán trên sàn thương mại điện tử (Voso, Postmart)', null],
  ['Sử dụng nền tảng số Việt Nam', null],
  ['Kỹ năng bảo đảm an toàn thông tin cơ bản', null],
  ['Nội dung theo định hướng của chính quyền địa phương', 'Hà Nội: ứng dụng iHanoi và chính quyền hai cấp'],
] as const;

// jsqr is CommonJS: Node's default import is its module.exports, which is the function itself (and has it as .default).
const jsQR = jsqr.default;
let key: CryptoKey;
const dir = mkdtempSync(join(tmpdir(), 'lantoa-pdf-spec-'));

/** A certificate as the service hands it to the renderer, with a real signed credential (its QR is as dense). */
async function certificate(serial: string, holderName: string): Promise<CertificateModel> {
  const completedAt = new Date('2026-12-02T03:00:00Z');
  const payload = buildCredential(
    {
      serial,
      userId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      holderName,
      courseSlug: 'pho-cap-ky-nang-so-cong-dong',
      courseTitle: 'Phổ cập kỹ năng số cộng đồng',
      issuerName: ISSUER,
      provinceCode: '01',
      variantProvinceName: 'Hà Nội',
      modules: MODULES.map(([, variant], i) => ({ position: i + 1, provinceCode: variant ? '01' : null })),
      completedAt,
      statusIndex: 7,
    },
    ORIGIN,
  );
  const jwt = await new SignJWT(payload as unknown as Record<string, unknown>)
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: `${ORIGIN}/.well-known/jwks/${'k'.repeat(43)}` })
    .sign(key);
  return {
    serial,
    holderName,
    courseTitle: 'Phổ cập kỹ năng số cộng đồng',
    issuer: ISSUER,
    completedAt,
    modules: MODULES.map(([title, variantTitle], i) => ({
      position: i + 1,
      slug: `hoc-phan-${i + 1}`,
      title,
      provinceCode: variantTitle ? '01' : null,
      variantTitle,
    })),
    credentialJwt: jwt,
    verifyUrl: `${ORIGIN}/xac-minh/${serial}#${jwt}`,
    qrUrl: `${ORIGIN}/xac-minh/${serial}#${packCredential(jwt)}`,
  } as CertificateModel;
}

function save(pdf: Uint8Array, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

const text = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/** What a phone camera would read from the printed page: the page rendered at 150 dpi, the QR code found by jsQR. */
function qrOnPage(file: string): string | null {
  execFileSync('pdftoppm', ['-gray', '-r', '150', '-singlefile', file, file]);
  const pgm = readFileSync(`${file}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const gray = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([gray[i]!, gray[i]!, gray[i]!, 255], i * 4);
  return jsQR(rgba, width, height)?.data ?? null;
}

describe('the certificate PDF', () => {
  const renderer = new CertificatePdfService();

  beforeAll(async () => {
    key = (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey;
  });

  it('prints the Vietnamese text as extractable NFC, cuts a line too long for the page, and stays small', async () => {
    // Typed decomposed (NFD), as some keyboards send it.
    const c = await certificate('LT-2026-01-000123', 'Nguyễn Thị Ngọc Ánh'.normalize('NFD'));
    const pdf = await renderer.render(c);
    const file = save(pdf, 'one');
    const read = text(file);
    expect(read).toBe(read.normalize('NFC'));
    // Each line is one run of text although it mixes the latin and the vietnamese font files.
    for (const line of [
      'Nguyễn Thị Ngọc Ánh',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HÀ NỘI',
      'CHỨNG NHẬN',
      'Phổ cập kỹ năng số cộng đồng',
      '3. Mua bán trên sàn thương mại điện tử (Voso, Postmart)',
      'Ngày hoàn thành: ngày 02 tháng 12 năm 2026',
      'Số hiệu: LT-2026-01-000123',
    ])
      expect(read).toContain(line);
    const six = read.split('\n').find((l) => l.startsWith('6. '))!;
    expect(six).toMatch(/^6\. Nội dung theo định hướng của chính quyền địa phương \(nội dung riêng: Hà Nội: .+…$/);
    expect(six.length).toBeLessThan(
      '6. Nội dung theo định hướng của chính quyền địa phương (nội dung riêng: '.length + MODULES[5][1].length,
    );
    expect(pdf.length).toBeLessThanOrEqual(150 * 1024);
  });

  it('holds a QR code that reads back as the verify address with the packed credential', async () => {
    const c = await certificate('LT-2026-01-000124', 'Lê Văn Bình');
    const file = save(await renderer.render(c), 'qr');
    expect(qrOnPage(file)).toBe(c.qrUrl);
  });

  it('renders certificates side by side without mixing them (the parsed fonts are shared by every PDF)', async () => {
    const names = ['Trần Thị Ngọc Ánh', 'Phạm Thu Trang', 'Đặng Văn Ưng', 'Nguyễn Thị Hoà'];
    const certificates = await Promise.all(names.map((n, i) => certificate(`LT-2026-01-00020${i}`, n)));
    const pdfs = await Promise.all(certificates.map((c) => renderer.render(c)));
    pdfs.forEach((pdf, i) => {
      const file = save(pdf, `side-${i}`);
      const read = text(file);
      expect(read).toContain(names[i]);
      expect(read).toContain(`Số hiệu: ${certificates[i]!.serial}`);
      for (const other of names.filter((_, k) => k !== i)) expect(read).not.toContain(other);
    });
    expect(qrOnPage(save(pdfs[3]!, 'side-qr'))).toBe(certificates[3]!.qrUrl);
  });

  it('shrinks a very long name to fit the page instead of running off it', async () => {
    const long = 'Công Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Ngọc Diệp Bảo Châu Anh';
    const file = save(await renderer.render(await certificate('LT-2026-01-000125', long)), 'long');
    expect(text(file)).toContain(long);
    // pdftotext -bbox gives each word's box: all of the name within the inner border (x 32 … 810 pt).
    const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<\/word>/g)];
    const name = words.filter((w) => long.split(' ').includes(w[3]!));
    expect(name.length).toBeGreaterThanOrEqual(long.split(' ').length);
    for (const w of name) {
      expect(Number(w[1])).toBeGreaterThan(32);
      expect(Number(w[2])).toBeLessThan(810);
    }
  });
});
