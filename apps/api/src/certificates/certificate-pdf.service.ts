import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import fontkit from '@pdf-lib/fontkit';
import {
  beginText,
  concatTransformationMatrix,
  drawObject,
  endText,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type Color,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
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
type Font = ReturnType<typeof fontkit.create>;

/**
 * The four fonts, parsed once per process. pdf-lib parses a font again for every document it is embedded in and
 * shapes every string again on each width or draw (several times per line here); shaping small runs was most of a
 * PDF's time. Each font keeps its layouts (a string gives the same glyphs every time; pdf-lib only reads their ids
 * and advances), so the fixed wording of the page is shaped once per process and a name once per PDF.
 */
const PARSED = new Map<Uint8Array, Font>(
  Object.values(FONTS)
    .flat()
    .map((bytes) => [bytes, rememberLayouts(fontkit.create(bytes))]),
);
const COVERAGE = Object.fromEntries(Object.entries(FONTS).map(([k, files]) => [k, files.map((bytes) => PARSED.get(bytes)!)])) as Record<
  keyof typeof FONTS,
  Font[]
>;
/** What pdf-lib is given as fontkit: the parsed fonts above (the documents' subsets stay their own). */
const SHARED_FONTKIT = { create: (bytes: Uint8Array) => PARSED.get(bytes) ?? fontkit.create(bytes) };

function rememberLayouts(font: Font): Font {
  const layout = font.layout.bind(font);
  const known = new Map<string, ReturnType<Font['layout']>>();
  font.layout = (text, features) => {
    if (features) return layout(text, features);
    let run = known.get(text);
    if (!run) {
      // Bounded: names, serials and dates are new in every PDF.
      if (known.size >= 2000) known.clear();
      run = layout(text);
      known.set(text, run);
    }
    return run;
  };
  return font;
}

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

const VIETNAM_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
});

/** "ngày 02 tháng 12 năm 2026" (two-digit day and month, as en-GB gives them), in Vietnam's time. */
export function vietnameseDate(at: Date): string {
  const parts = VIETNAM_DAY.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `ngày ${get('day')} tháng ${get('month')} năm ${get('year')}`;
}

class Writer {
  private readonly keys = new Map<PDFFont, PDFName>();

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

  /** The page's resource name of a font, added once (pdf-lib's drawText adds a new one on every call). */
  private key(font: PDFFont): PDFName {
    let key = this.keys.get(font);
    if (!key) {
      key = this.page.node.newFontDictionary(font.name, font.ref);
      this.keys.set(font, key);
    }
    return key;
  }

  width(text: string, size: number, weight: Weight = 'regular'): number {
    return this.runs(text, weight).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
  }

  /**
   * One text object per line: each run (latin / vietnamese font) follows the one before it, as a Tj moves by the
   * widths of its glyphs. Readers and pdftotext see one line of text.
   */
  text(text: string, x: number, y: number, size: number, weight: Weight = 'regular', color: Color = INK): void {
    const ops: PDFOperator[] = [beginText(), setFillingColor(color), setTextMatrix(1, 0, 0, 1, x, y)];
    for (const run of this.runs(text, weight)) ops.push(setFontAndSize(this.key(run.font), size), showText(run.font.encodeText(run.text)));
    ops.push(endText());
    this.page.pushOperators(...ops);
  }

  centered(text: string, y: number, size: number, weight: Weight = 'regular', color = INK, centre = A4_LANDSCAPE[0] / 2): void {
    this.text(text, centre - this.width(text, size, weight) / 2, y, size, weight, color);
  }

  /** Shrinks a line (by half points, not below 9) until it fits `max` points: long names, long issuer names. */
  fitted(text: string, y: number, size: number, max: number, weight: Weight = 'regular'): void {
    const perPoint = this.width(text, 1, weight);
    const s = perPoint * size <= max ? size : Math.max(9, Math.floor((2 * max) / perPoint) / 2);
    this.centered(text, y, s, weight);
  }

  /** The line cut with "…" where it would pass `max` points (the longest start that fits, found by halving). */
  cut(line: string, size: number, max: number, weight: Weight = 'regular'): string {
    if (this.width(line, size, weight) <= max) return line;
    const chars = [...line];
    let [lo, hi] = [Math.min(9, chars.length), chars.length - 1];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.width(`${chars.slice(0, mid).join('')}…`, size, weight) <= max) lo = mid;
      else hi = mid - 1;
    }
    return `${chars.slice(0, lo).join('').trimEnd()}…`;
  }
}

/**
 * The QR code as a 1-bit image straight from its modules (one pixel a module, scaled up without smoothing: crisp
 * squares). Drawing the modules as rectangles with pdf-lib took seconds; going through a PNG, which pdf-lib decodes
 * and stores again as 8-bit colour, cost more than the rest of the page.
 */
function qrImage(doc: PDFDocument, qr: QRCode.QRCode): PDFRef {
  const { size, data } = qr.modules;
  const row = Math.ceil(size / 8);
  // DeviceGray, 1 bit: 0 is black. Light modules get their bit set; dark ones stay 0.
  const bits = new Uint8Array(row * size);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (!data[y * size + x]) bits[y * row + (x >> 3)]! |= 0x80 >> (x & 7);
  return doc.context.register(
    doc.context.stream(deflateSync(bits), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: size,
      Height: size,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 1,
      Filter: 'FlateDecode',
    }),
  );
}

/**
 * The font files and their ToUnicode maps (eight streams a PDF) compressed by Node's zlib instead of pdf-lib's
 * pure-JavaScript pako, which also allocates fresh windows for every stream: same format (FlateDecode), a fraction
 * of the time and garbage.
 */
function nativeDeflate(doc: PDFDocument): void {
  const { context } = doc;
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), {
      ...dict,
      Filter: 'FlateDecode',
    });
}

/**
 * The printable certificate: A4 landscape, black on white (prints on any office printer), real text in Be Vietnam
 * Pro, and a QR code drawn as vector squares holding the verify URL with the credential (checkable offline).
 */
@Injectable()
export class CertificatePdfService {
  async render(certificate: CertificateModel): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    nativeDeflate(doc);
    doc.registerFontkit(SHARED_FONTKIT);
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
      t.text(t.cut(`${m.position}. ${m.title}${variant}`, 10, 520), 84, y, 10);
    }
    t.text(`Ngày hoàn thành: ${vietnameseDate(certificate.completedAt)}`, 70, 78, 11);
    t.text(`Số hiệu: ${certificate.serial}`, 70, 60, 11, 'bold');

    const side = 150;
    const qx = w - 70 - side;
    const qy = 70;
    const qrKey = page.node.newXObject('QR', qrImage(doc, certificateQr(certificate.qrUrl).qr));
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(side, 0, 0, side, qx, qy), drawObject(qrKey), popGraphicsState());
    const short = certificate.verifyUrl.split('#')[0]!;
    t.centered('Quét mã để xác minh, cả khi không có mạng', qy + side + 14, 8.5, 'regular', GREY, qx + side / 2);
    t.centered(short.replace(/^https?:\/\//, ''), qy - 14, 7.5, 'regular', GREY, qx + side / 2);

    return doc.save({ useObjectStreams: true });
  }
}
