import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { makeCourseDir } from '@lantoa/course-format/testing';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { CourseImportService } from './course-import.service.js';

const OUTLINE = `query ($province: String) {
  course(slug: "khoa-hoc-thu") {
    title { vi en } lessonCount moduleCount
    modules(provinceCode: $province) {
      slug provinceCode title { vi } totalMinutes
      lessons { slug minutes }
      quiz { questionCount passingScore maxAttempts }
      variants { provinceCode title { vi } }
    }
  }
}`;

const LESSON = `query ($slug: String!, $province: String) {
  lesson(courseSlug: "khoa-hoc-thu", lessonSlug: $slug, provinceCode: $province) {
    slug title { vi } body moduleSlug provinceCode objectives { vi }
    previous { slug } next { slug }
  }
}`;

interface Outline {
  course: {
    lessonCount: number;
    modules: {
      slug: string;
      provinceCode: string | null;
      title: { vi: string };
      lessons: { slug: string }[];
      quiz: { questionCount: number } | null;
      variants: { provinceCode: string }[];
    }[];
  } | null;
}
interface LessonResult {
  lesson: {
    slug: string;
    body: string;
    provinceCode: string | null;
    previous: { slug: string } | null;
    next: { slug: string } | null;
  } | null;
}

describe('reading a course', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(CourseImportService).importCourse(loadCourse(makeCourseDir()).course!);
  });
  afterAll(() => t.close());

  it('gives the national outline: modules in order with lessons, quiz and the provinces that have a variant', async () => {
    const { data, errors } = await t.gql<Outline>(OUTLINE);
    expect(errors).toBeUndefined();
    expect(data?.course?.lessonCount).toBe(3);
    expect(data?.course?.modules.map((m) => [m.slug, m.provinceCode, m.lessons.map((l) => l.slug)])).toEqual([
      ['hoc-phan-mot', null, ['bai-mot', 'bai-hai']],
      ['hoc-phan-hai', null, ['bai-ba']],
    ]);
    expect(data?.course?.modules[0]?.quiz?.questionCount).toBe(2);
    expect(data?.course?.modules[1]?.variants.map((v) => v.provinceCode)).toEqual(['01']);
  });

  it("gives a learner of Hà Nội (01) the national lessons plus Hà Nội's, and a quiz covering both; others the national content", async () => {
    const hanoi = await t.gql<Outline>(OUTLINE, { province: '01' });
    expect(hanoi.data?.course?.modules[1]).toMatchObject({
      provinceCode: '01',
      title: { vi: 'Hà Nội' },
      lessons: [{ slug: 'bai-ba' }, { slug: 'bai-ha-noi' }],
      quiz: { questionCount: 4 },
    });
    expect(hanoi.data?.course?.modules[0]).toMatchObject({ provinceCode: null, lessons: [{ slug: 'bai-mot' }, { slug: 'bai-hai' }] });
    const hue = await t.gql<Outline>(OUTLINE, { province: '46' });
    expect(hue.data?.course?.modules[1]).toMatchObject({ provinceCode: null, lessons: [{ slug: 'bai-ba' }], quiz: { questionCount: 2 } });
  });

  it('reads a lesson with previous and next across modules', async () => {
    const { data } = await t.gql<LessonResult>(LESSON, { slug: 'bai-hai' });
    expect(data?.lesson).toMatchObject({ slug: 'bai-hai', previous: { slug: 'bai-mot' }, next: { slug: 'bai-ba' } });
    const last = await t.gql<LessonResult>(LESSON, { slug: 'bai-ba' });
    expect(last.data?.lesson?.next).toBeNull();
    const hanoi = await t.gql<LessonResult>(LESSON, { slug: 'bai-ha-noi' });
    expect(hanoi.data?.lesson).toMatchObject({ provinceCode: '01', previous: { slug: 'bai-ba' }, next: null });
    // A national lesson read in Hà Nội leads on to the lesson Hà Nội added after it.
    const national = await t.gql<LessonResult>(LESSON, { slug: 'bai-ba', province: '01' });
    expect(national.data?.lesson).toMatchObject({ provinceCode: null, previous: { slug: 'bai-hai' }, next: { slug: 'bai-ha-noi' } });
  });

  it('answers null for a course or lesson that does not exist', async () => {
    expect((await t.gql<LessonResult>(LESSON, { slug: 'khong-co' })).data?.lesson).toBeNull();
    expect((await t.gql<Outline>('{ course(slug: "khong-co") { slug } }')).data?.course).toBeNull();
  });

  it('serves lesson images from the database at the URL written into the lesson body', async () => {
    const { data } = await t.gql<LessonResult>(LESSON, { slug: 'bai-mot' });
    const url = /\]\((\/assets\/course\/[^)]+)\)/.exec(data?.lesson?.body ?? '')?.[1];
    expect(url).toBe('/assets/course/khoa-hoc-thu/01-hoc-phan-mot/images/so-do.svg');
    const res = await fetch(`${t.baseUrl}${url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.text()).toContain('<svg');
    expect((await fetch(`${t.baseUrl}/assets/course/khoa-hoc-thu/khong-co.svg`)).status).toBe(404);
  });
});
