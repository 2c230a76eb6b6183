import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { makeCourseDir } from '@lantoa/course-format/testing';
import { crc32, deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { CourseImportService } from '../catalog/course-import.service.js';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { makeUser, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { MAX_UPLOAD_BYTES } from './image-upload.js';

const COURSE = 'khoa-hoc-thu';
const LESSON_DRAFT = `query ($lesson: String!) { lessonDraft(courseSlug: "${COURSE}", lessonSlug: $lesson) {
  lessonSlug revision title minutes objectives body problems { path field code message } draft { id images { path change } } } }`;
const SAVE_LESSON = `mutation ($i: SaveLessonDraftInput!) { saveLessonDraft(input: $i) {
  lesson { revision problems { field code message } draft { id images { path change } files { path } } } conflict { message } } }`;
const SUBMIT = `mutation ($id: ID!) { submitDraft(input: { draftId: $id }) { id status } }`;
const APPROVE = `mutation ($id: ID!) { reviewDraft(input: { draftId: $id, decision: APPROVE }) { id status } }`;
const PUBLISH = `mutation ($id: ID!) { publishDraft(input: { draftId: $id }) { id status } }`;
const DRAFTS = `query { contentDrafts(courseSlug: "${COURSE}") { id title files { path } images { path change } } }`;
const LESSON = `query ($slug: String!) { lesson(courseSlug: "${COURSE}", lessonSlug: $slug) { body } }`;

interface Uploaded {
  draftId: string;
  path: string;
  src: string;
  width: number;
  height: number;
  bytes: number;
  originalBytes: number;
}
interface Refusal {
  code: string;
  message: string;
}

/** A photo-like picture (smooth colours with detail), `width` × `height`. */
function picture(width: number, height: number): Sharp {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = (x * 255) / width;
      raw[i + 1] = (y * 255) / height;
      raw[i + 2] = (Math.sin(x / 9) * Math.cos(y / 7) + 1) * 127;
    }
  return sharp(raw, { raw: { width, height, channels: 3 } });
}

const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
  return Buffer.concat([length, Buffer.from(type), data, crc]);
};

/** A small PNG that announces `width` × `height` pixels (a "decompression bomb" needs no more to be refused). */
function pngAnnouncing(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(100))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('images in lessons: upload, WebP, alt text, publish (issue 17)', () => {
  let t: TestApp;
  let trainerA: TestUser;
  let trainerB: TestUser;
  let hanoi: TestUser;
  let learner: TestUser;
  let photo: Buffer;

  const upload = (u: TestUser | null, data: Buffer, name: string, fields: Record<string, string>) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append('image', new Blob([new Uint8Array(data)]), name);
    return fetch(`${t.baseUrl}/authoring/images/${COURSE}`, { method: 'POST', body: form, headers: u?.headers ?? {} });
  };
  const refused = async (res: Response, status: number): Promise<Refusal> => {
    expect(res.status).toBe(status);
    return (await res.json()) as Refusal;
  };
  const drafts = async (u: TestUser) => {
    const res = await t.gql<{
      contentDrafts: { id: string; title: string; files: { path: string }[]; images: { path: string; change: string }[] }[];
    }>(DRAFTS, {}, u.headers);
    expect(res.errors).toBeUndefined();
    return res.data!.contentDrafts;
  };
  const open = async (u: TestUser, lesson: string) => {
    const res = await t.gql<{
      lessonDraft: {
        lessonSlug: string;
        revision: string;
        title: string;
        minutes: number;
        objectives: string[];
        body: string;
        problems: { field: string | null; code: string; message: string }[];
        draft: { id: string; images: { path: string; change: string }[] } | null;
      };
    }>(LESSON_DRAFT, { lesson }, u.headers);
    expect(res.errors).toBeUndefined();
    return res.data!.lessonDraft;
  };
  const saveBody = async (u: TestUser, lesson: string, body: string, draftId: string) => {
    const view = await open(u, lesson);
    const res = await t.gql<{
      saveLessonDraft: {
        lesson: { problems: { field: string | null; code: string; message: string }[]; draft: { id: string; files: { path: string }[] } };
        conflict: null;
      };
    }>(
      SAVE_LESSON,
      {
        i: {
          courseSlug: COURSE,
          lessonSlug: lesson,
          revision: view.revision,
          title: view.title,
          minutes: view.minutes,
          objectives: view.objectives,
          body,
          draftId,
        },
      },
      u.headers,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.saveLessonDraft.lesson;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(AdminUnitsLoaderService).load();
    const { course, problems } = loadCourse(makeCourseDir());
    expect(problems).toEqual([]);
    await t.app.get(CourseImportService).importCourse(course!);
    trainerA = await makeUser(t, { fullName: 'Giảng viên A', grants: [{ role: 'TRAINER' }] });
    trainerB = await makeUser(t, { fullName: 'Giảng viên B', grants: [{ role: 'TRAINER' }] });
    hanoi = await makeUser(t, { fullName: 'Giảng viên Hà Nội', grants: [{ role: 'TRAINER', provinceCode: '01' }] });
    learner = await makeUser(t);
    photo = await picture(1800, 1200).png().toBuffer();
  });
  afterAll(() => t.close());

  it('takes JPEG, PNG, WebP and GIF by their bytes, whatever the name says, and answers a small WebP', async () => {
    const res = await upload(trainerA, photo, 'Ảnh chụp màn hình.PNG', { lessonSlug: 'bai-hai' });
    expect(res.status).toBe(201);
    const png = (await res.json()) as Uploaded;
    expect(png).toMatchObject({ width: 1200, height: 800, originalBytes: photo.length });
    expect(png.src).toMatch(/^images\/anh-chup-man-hinh-[0-9a-f]{8}\.webp$/);
    expect(png.path).toBe(`01-hoc-phan-mot/${png.src}`);
    expect(png.bytes).toBeLessThan(photo.length / 4);
    expect(png.bytes).toBeLessThanOrEqual(200 * 1024);

    // The draft keeps it; the editor's preview reads it back, a learner cannot.
    const shown = await fetch(`${t.baseUrl}/authoring/images/${COURSE}/${png.path}`, { headers: trainerA.headers });
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/webp');
    const webp = Buffer.from(await shown.arrayBuffer());
    expect(webp.length).toBe(png.bytes);
    expect(await sharp(webp).metadata()).toMatchObject({ format: 'webp', width: 1200, height: 800 });
    expect((await fetch(`${t.baseUrl}/authoring/images/${COURSE}/${png.path}`, { headers: learner.headers })).status).toBe(403);
    expect(await drafts(trainerA)).toEqual([
      { id: png.draftId, title: 'Bài: Bài hai', files: [], images: [{ path: png.path, change: 'ADDED' }] },
    ]);

    // A JPEG called .png, a WebP and a GIF (its first frame) go into the same draft as WebP too.
    for (const [data, name] of [
      [await picture(300, 200).jpeg().toBuffer(), 'anh.png'],
      [await picture(300, 200).webp().toBuffer(), 'anh.webp'],
      [await picture(300, 200).gif().toBuffer(), 'anh.gif'],
    ] as const) {
      // The editor passes the draft the first image opened, where the lesson's text will be saved too.
      const other = await upload(trainerA, data, name, { lessonSlug: 'bai-hai', draftId: png.draftId });
      expect(other.status).toBe(201);
      const body = (await other.json()) as Uploaded;
      expect(body).toMatchObject({ draftId: png.draftId, width: 300, height: 200 });
      expect(body.src).toMatch(/^images\/anh-[0-9a-f]{8}\.webp$/);
    }
  });

  it('refuses what is not an image, too heavy or too many pixels, in Vietnamese', async () => {
    const text = await refused(await upload(trainerA, Buffer.from('không phải ảnh'), 'anh.jpg', { lessonSlug: 'bai-mot' }), 400);
    expect(text).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(text.message).toContain('không phải ảnh JPEG, PNG, WebP hoặc GIF');
    // An SVG (text that a browser would run) is not taken either.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect((await refused(await upload(trainerA, Buffer.from(svg), 'anh.png', { lessonSlug: 'bai-mot' }), 400)).code).toBe(
      'BAD_USER_INPUT',
    );

    const broken = Buffer.concat([pngAnnouncing(100, 100).subarray(0, 12), Buffer.from('hỏng rồi')]);
    expect((await refused(await upload(trainerA, broken, 'anh.png', { lessonSlug: 'bai-mot' }), 400)).message).toContain(
      'Không đọc được ảnh',
    );

    const heavy = Buffer.concat([photo, Buffer.alloc(MAX_UPLOAD_BYTES)]);
    const big = await refused(await upload(trainerA, heavy, 'anh.png', { lessonSlug: 'bai-mot' }), 413);
    expect(big).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('Ảnh nặng quá 5 MB') });

    const bomb = await refused(await upload(trainerA, pngAnnouncing(20000, 20000), 'anh.png', { lessonSlug: 'bai-mot' }), 413);
    expect(bomb.message).toContain('400 triệu điểm ảnh');

    const none = await refused(
      await fetch(`${t.baseUrl}/authoring/images/${COURSE}`, { method: 'POST', body: new FormData(), headers: trainerA.headers }),
      400,
    );
    expect(none.message).toBe('Hãy chọn một ảnh để tải lên.');
    // Nothing refused went into a draft.
    expect((await drafts(trainerA)).map((d) => d.title)).toEqual(['Bài: Bài hai']);
  });

  it('lets only authors in scope upload: a province trainer into their province only', async () => {
    const small = await picture(120, 80).png().toBuffer();
    expect((await refused(await upload(null, small, 'anh.png', { lessonSlug: 'bai-mot' }), 401)).code).toBe('UNAUTHENTICATED');
    expect((await refused(await upload(learner, small, 'anh.png', { lessonSlug: 'bai-mot' }), 403)).code).toBe('FORBIDDEN');
    expect((await refused(await upload(hanoi, small, 'anh.png', { lessonSlug: 'bai-mot' }), 403)).code).toBe('FORBIDDEN');
    const mine = await upload(hanoi, small, 'anh.png', { lessonSlug: 'bai-ha-noi' });
    expect(mine.status).toBe(201);
    expect(((await mine.json()) as Uploaded).path).toMatch(/^02-hoc-phan-hai\/provinces\/01\/images\/anh-[0-9a-f]{8}\.webp$/);
    // A new lesson's image goes where the lesson will be.
    const other = await picture(100, 60).png().toBuffer();
    const fresh = await upload(hanoi, other, 'anh.png', { moduleSlug: 'hoc-phan-hai', provinceCode: '01' });
    expect(fresh.status).toBe(201);
    expect(((await fresh.json()) as Uploaded).path).toMatch(/^02-hoc-phan-hai\/provinces\/01\/images\//);
    expect((await upload(hanoi, other, 'anh.png', { moduleSlug: 'hoc-phan-hai' })).status).toBe(403);
  });

  it('an image without alt text blocks submission; with it, publishing serves the WebP as a course asset', async () => {
    const res = await upload(trainerA, await picture(1600, 900).jpeg({ quality: 95 }).toBuffer(), 'so-do-buoc.jpg', {
      lessonSlug: 'bai-mot',
    });
    expect(res.status).toBe(201);
    const image = (await res.json()) as Uploaded;
    const without = await saveBody(trainerA, 'bai-mot', `Nội dung.\n\n![](${image.src})\n`, image.draftId);
    expect(without.draft.id).toBe(image.draftId);
    expect(without.problems).toEqual([
      { field: 'body', code: 'missing-alt', message: `ảnh "${image.src}" thiếu mô tả (alt) bằng tiếng Việt` },
    ]);
    const submit = await t.gql(SUBMIT, { id: image.draftId }, trainerA.headers);
    expect(submit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const withAlt = await saveBody(trainerA, 'bai-mot', `Nội dung.\n\n![Sơ đồ ba bước](${image.src})\n`, image.draftId);
    expect(withAlt.problems).toEqual([]);
    expect(withAlt.draft.files).toEqual([{ path: '01-hoc-phan-mot/01-bai-mot.md' }]);
    expect((await t.gql(SUBMIT, { id: image.draftId }, trainerA.headers)).errors).toBeUndefined();
    expect((await t.gql(APPROVE, { id: image.draftId }, trainerB.headers)).errors).toBeUndefined();
    const published = await t.gql<{ publishDraft: { status: string } }>(PUBLISH, { id: image.draftId }, trainerB.headers);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishDraft.status).toBe('PUBLISHED');

    const lesson = (await t.gql<{ lesson: { body: string } }>(LESSON, { slug: 'bai-mot' }, learner.headers)).data!.lesson;
    const url = `/assets/course/${COURSE}/${image.path}`;
    expect(lesson.body).toContain(`![Sơ đồ ba bước](${url})`);
    const served = await fetch(`${t.baseUrl}${url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await served.arrayBuffer()).length).toBe(image.bytes);
  });
});
