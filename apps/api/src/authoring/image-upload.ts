import { createHash } from 'node:crypto';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { DomainError } from '../errors/domain-error.js';

/** Largest upload read (a phone photo is 2–6 MB; larger is refused before decoding). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Largest picture decoded, so a small file that unpacks to a huge bitmap cannot take the server's memory. */
export const MAX_INPUT_PIXELS = 50_000_000;
/** What learners download: wide enough for a phone and a tablet, small enough for a slow connection. */
export const MAX_WIDTH = 1200;
export const QUALITY = 75;
/** The course format's limit for an image beside a lesson (libs/course-format load-course.ts). */
export const MAX_OUTPUT_BYTES = 200 * 1024;

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'gif';

/** The kind of image the bytes say they are (their first bytes, not the file's name or the browser's type). */
export function imageKind(data: Buffer): ImageKind | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (data.length >= 12 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (data.length >= 6 && /^GIF8[79]a$/.test(data.toString('latin1', 0, 6))) return 'gif';
  return null;
}

export interface ReencodedImage {
  /** `<name from the file>-<hash of the bytes>.webp`: the same picture always gets the same name. */
  name: string;
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Checks an upload and re-encodes it to a small WebP: turned upright by its EXIF orientation, at most MAX_WIDTH wide,
 * metadata (GPS position of a phone photo) dropped, an animated GIF reduced to its first frame. When the result is
 * still over the course format's limit, it is encoded again smaller.
 */
export async function reencodeImage(data: Buffer, originalName: string): Promise<ReencodedImage> {
  if (data.length > MAX_UPLOAD_BYTES) throw tooLarge();
  if (!imageKind(data)) throw new DomainError('BAD_USER_INPUT', 'authoring.imageType');
  let meta: Metadata;
  try {
    meta = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'authoring.imageUnreadable');
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (pixels > MAX_INPUT_PIXELS)
    throw new DomainError('PAYLOAD_TOO_LARGE', 'authoring.imageTooManyPixels', {
      megapixels: Math.round(pixels / 1e6),
      max: MAX_INPUT_PIXELS / 1e6,
    });
  for (const [width, quality] of [
    [MAX_WIDTH, QUALITY],
    [MAX_WIDTH, 60],
    [900, 55],
    [700, 50],
  ] as const) {
    let out: { data: Buffer; info: OutputInfo };
    try {
      out = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
        .rotate()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality })
        .toBuffer({ resolveWithObject: true });
    } catch {
      throw new DomainError('BAD_USER_INPUT', 'authoring.imageUnreadable');
    }
    if (out.data.length <= MAX_OUTPUT_BYTES) {
      const hash = createHash('sha256').update(out.data).digest('hex').slice(0, 8);
      return { name: `${baseName(originalName)}-${hash}.webp`, data: out.data, width: out.info.width, height: out.info.height };
    }
  }
  throw new DomainError('PAYLOAD_TOO_LARGE', 'authoring.imageStillTooLarge', { maxKb: MAX_OUTPUT_BYTES / 1024 });
}

export function tooLarge(): DomainError {
  return new DomainError('PAYLOAD_TOO_LARGE', 'authoring.imageTooLarge', { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 });
}

/** A file name's stem as a path segment: `Ảnh chụp màn hình.PNG` → `anh-chup-man-hinh`. */
export function baseName(originalName: string): string {
  const stem = originalName.replace(/\.[^.]*$/, '');
  const slug = stem
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'anh';
}
