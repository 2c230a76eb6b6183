import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Injectable } from '@nestjs/common';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import type { CertificateModel } from './models/certificate.models.js';
import { woffToSfnt } from './woff-to-sfnt.js';

const require = createRequire(import.meta.url);
const fontFile = (subset: 'latin' | 'vietnamese', weight: 400 | 700) =>
  woffToSfnt(readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`)));

/**
 * Be Vietnam Pro from @fontsource comes split by Unicode range: "latin" (ASCII, Latin-1: à á â è ê ô …) and
 * "vietnamese" (ă đ ơ ư and U+1EA0–1EF9: ạ ả ấ … ễ …). Both are embedded (subset to the letters used) and each
 * run of text is drawn with the one that has its letters, so every Vietnamese name prints with real, extractable
 * NFC text and no missing glyph.
 */
const FONTS = {
  regular: [fontFile('latin', 400), fontFile('vietnamese', 400)],
  bold: [fontFile('latin', 700), fontFile('vietnamese', 700)],
} as const;
const COVERAGE = Object.fromEntries(Object.entries(FONTS).map(([k, files]) => [k, files.map((bytes) => fontkit.create(bytes))])) as Record<
  keyof typeof FONTS,
  ReturnType<typeof fontkit.create>[]
>;

type Weight = keyof typeof FONTS;
const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const INK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);

export interface QrFacts {
  version: number;
  bytes: number;
  modules: number;
}

/**
 * The QR code of a certificate: `<origin>/xac-minh/<serial>#<packed credential>`, the address in byte mode and the
 * packed credential (digits, libs/domain credential-qr.ts) in numeric mode, error correction L (docs/benchmarks.md).
 */
export function certificateQr(qrUrl: string): { qr: QRCode.QRCode; facts: QrFacts } {
  const qr = QRCode.create(qrSegments(qrUrl), { errorCorrectionLevel: 'L' });
  return { qr, facts: { version: qr.version, bytes: Buffer.byteLength(qrUrl), modules: qr.modules.size } };
}

export function qrSegments(qrUrl: string): QRCode.QRCodeSegment[] {
  const hash = qrUrl.indexOf('#');
  const digits = qrUrl.slice(hash + 1);
  return hash > 0 && /^\d+$/.test(digits)
    ? [
        { data: new TextEncoder().encode(qrUrl.slice(0, hash + 1)), mode: 'byte' },
        { data: digits, mode: 'numeric' },
      ]
    : [{ data: new TextEncoder().encode(qrUrl), mode: 'byte' }];
}

/** "ngày 2 tháng 12 năm 2026", in Vietnam's time. */
export function vietnameseDate(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `ngày ${get('day')} tháng ${get('month')} năm ${get('year')}`;
}

class Writer {
  constructor(
    private readonly page: PDFPage,
    private readonly fonts: Record<Weight, PDFFont[]>,
  ) {}

  /** Splits text into runs by the font that has each letter. */
  private runs(text: string, weight: Weight): { font: PDFFont; text: string }[] {
    const out: { font: PDFFont; text: string }[] = [];
    for (const ch of text.normalize('NFC')) {
      const cp = ch.codePointAt(0)!;
      const i = Math.max(
        0,
        COVERAGE[weight].findIndex((f) => f.hasGlyphForCodePoint(cp)),
      );
      const font = this.fonts[weight][i]!;
      const last = out[out.length - 1];
      if (last && last.font === font) last.text += ch;
      else out.push({ font, text: ch });
    }
    return out;
  }

  width(text: string, size: number, weight: Weight = 'regular'): number {
    return this.runs(text, weight).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
  }

  text(text: string, x: number, y: number, size: number, weight: Weight = 'regular', color = INK): void {
    let at = x;
    for (const run of this.runs(text, weight)) {
      this.page.drawText(run.text, { x: at, y, size, font: run.font, color });
      at += run.font.widthOfTextAtSize(run.text, size);
    }
  }

  centered(text: string, y: number, size: number, weight: Weight = 'regular', color = INK, centre = A4_LANDSCAPE[0] / 2): void {
    this.text(text, centre - this.width(text, size, weight) / 2, y, size, weight, color);
  }

  /** Shrinks a line until it fits `max` points (long names, long issuer names). */
  fitted(text: string, y: number, size: number, max: number, weight: Weight = 'regular'): void {
    let s = size;
    while (s > 9 && this.width(text, s, weight) > max) s -= 0.5;
    this.centered(text, y, s, weight);
  }
}

/**
 * The printable certificate: A4 landscape, black on white (prints on any office printer), real text in Be Vietnam
 * Pro, and a QR code drawn as vector squares holding the verify URL with the credential (checkable offline).
 */
@Injectable()
export class CertificatePdfService {
  async render(certificate: CertificateModel): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const fonts = {
      regular: await Promise.all(FONTS.regular.map((b) => doc.embedFont(b, { subset: true }))),
      bold: await Promise.all(FONTS.bold.map((b) => doc.embedFont(b, { subset: true }))),
    };
    doc.setTitle(`Chứng nhận ${certificate.serial}: ${certificate.holderName}`);
    doc.setAuthor(certificate.issuer);
    doc.setSubject(certificate.courseTitle);
    doc.setCreator('Lan Tỏa');
    doc.setLanguage('vi-VN');
    const page = doc.addPage(A4_LANDSCAPE);
    const [w, h] = A4_LANDSCAPE;
    const t = new Writer(page, fonts);

    page.drawRectangle({ x: 24, y: 24, width: w - 48, height: h - 48, borderColor: INK, borderWidth: 2 });
    page.drawRectangle({ x: 32, y: 32, width: w - 64, height: h - 64, borderColor: GREY, borderWidth: 0.6 });

    t.fitted(certificate.issuer.toUpperCase(), h - 78, 13, w - 140, 'bold');
    t.centered('CHỨNG NHẬN', h - 135, 38, 'bold');
    t.centered('HOÀN THÀNH KHÓA HỌC', h - 162, 15, 'regular', GREY);
    t.centered('Chứng nhận', h - 205, 13);
    t.fitted(certificate.holderName, h - 245, 30, w - 140, 'bold');
    t.centered('đã hoàn thành khóa học', h - 275, 13);
    t.fitted(certificate.courseTitle, h - 303, 19, w - 140, 'bold');

    // Modules, left column; the QR code, right.
    let y = h - 345;
    t.text('Các học phần đã hoàn thành:', 70, y, 11, 'bold');
    for (const m of certificate.modules) {
      y -= 16;
      const variant = m.variantTitle ? ` (nội dung riêng: ${m.variantTitle})` : '';
      let line = `${m.position}. ${m.title}${variant}`;
      while (t.width(line, 10) > 520 && line.length > 10) line = `${line.slice(0, -2)}…`;
      t.text(line, 84, y, 10);
    }
    t.text(`Ngày hoàn thành: ${vietnameseDate(certificate.completedAt)}`, 70, 78, 11);
    t.text(`Số hiệu: ${certificate.serial}`, 70, 60, 11, 'bold');

    const side = 150;
    const qx = w - 70 - side;
    const qy = 70;
    // One pixel per module, scaled up without smoothing: crisp squares, and a hundred times faster than drawing
    // the modules as vector shapes with pdf-lib (seconds per PDF).
    const png = await QRCode.toBuffer(qrSegments(certificate.qrUrl), { type: 'png', errorCorrectionLevel: 'L', margin: 0, scale: 1 });
    page.drawImage(await doc.embedPng(png), { x: qx, y: qy, width: side, height: side });
    const short = certificate.verifyUrl.split('#')[0]!;
    t.centered('Quét mã để xác minh, cả khi không có mạng', qy + side + 14, 8.5, 'regular', GREY, qx + side / 2);
    t.centered(short.replace(/^https?:\/\//, ''), qy - 14, 7.5, 'regular', GREY, qx + side / 2);

    return doc.save({ useObjectStreams: true });
  }
}
