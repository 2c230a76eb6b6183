import { openDB, type DBSchema } from 'idb';
import type { CourseOutlineQuery as Outline, QuizQuery as QuizResult } from '../../gql/graphql.js';
import { contentUrl, CONTENT_CACHE, execute } from '../../shared/graphql/execute.js';
import { CourseOutlineQuery } from '../courses/course-outline.graphql.js';
import { CoursesQuery } from '../courses/courses.graphql.js';
import { QuizQuery } from '../learning/learning.graphql.js';
import { LessonQuery } from '../lessons/lesson.graphql.js';

/**
 * "Tải về để học khi không có mạng": a module's lessons (the very GET answers readContent() asks for, kept in Cache
 * Storage under the same URL), their images (in the cache the service worker serves /assets/course/ from) and its
 * quiz's questions (the learner's own quiz query, which never holds the answer key, kept in IndexedDB). What was
 * downloaded is listed in IndexedDB with the content revision it came from, so it is refreshed when that changes.
 */
export const IMAGE_CACHE = 'lantoa-course-images';

export type Module = NonNullable<Outline['course']>['modules'][number];

export interface Pack {
  /** course/module/province */
  key: string;
  courseSlug: string;
  moduleSlug: string;
  provinceCode: string | null;
  /** The ETag of the content the pack was made from (W/"content-N"). */
  revision: string | null;
  lessonUrls: string[];
  imageUrls: string[];
  quizId: string | null;
  bytes: number;
  savedAt: string;
}

interface OfflineDB extends DBSchema {
  packs: { key: string; value: Pack };
  quizzes: { key: string; value: QuizResult['quiz'] };
}

let dbPromise: ReturnType<typeof openDB<OfflineDB>> | null = null;
export function offlineDb() {
  dbPromise ??= openDB<OfflineDB>('lantoa-offline', 1, {
    upgrade(db) {
      db.createObjectStore('packs', { keyPath: 'key' });
      db.createObjectStore('quizzes');
    },
  });
  return dbPromise;
}

export const packKey = (courseSlug: string, moduleSlug: string, provinceCode: string | null) =>
  `${courseSlug}/${moduleSlug}/${provinceCode ?? ''}`;
const quizKey = (userId: string, quizId: string) => `${userId}/${quizId}`;

const HEADERS = (name: string) => ({ Accept: 'application/graphql-response+json, application/json', 'x-apollo-operation-name': name });

async function keep(cache: Cache, url: string, operation: string): Promise<{ bytes: number; etag: string | null; text: string }> {
  const response = await fetch(url, { credentials: 'omit', headers: HEADERS(operation), cache: 'no-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${operation}`);
  const text = await response.clone().text();
  await cache.put(url, response);
  return { bytes: new Blob([text]).size, etag: response.headers.get('etag'), text };
}

const IMAGE = /\/assets\/course\/[^\s)"'<>]+/g;

export interface DownloadInput {
  courseSlug: string;
  provinceCode: string | null;
  module: Module;
  /** The signed-in learner: their quiz is downloaded too (a visitor cannot take quizzes). */
  userId: string | null;
  onProgress?: (done: number, total: number) => void;
}

/** Downloads one module for offline study; resolves with what was stored. A failure leaves nothing half-listed. */
export async function downloadModule({ courseSlug, provinceCode, module, userId, onProgress }: DownloadInput): Promise<Pack> {
  const content = await caches.open(CONTENT_CACHE);
  const images = await caches.open(IMAGE_CACHE);
  const lessonUrls = module.lessons.map((l) => contentUrl(LessonQuery.toString(), { courseSlug, lessonSlug: l.slug, provinceCode }));
  const outlineUrl = contentUrl(CourseOutlineQuery.toString(), { slug: courseSlug, provinceCode });
  const coursesUrl = contentUrl(CoursesQuery.toString(), {});
  let total = lessonUrls.length + 2 + (module.quiz && userId ? 1 : 0);
  let done = 0;
  const step = () => onProgress?.(++done, total);
  onProgress?.(0, total);

  let bytes = 0;
  const outline = await keep(content, outlineUrl, 'CourseOutline');
  bytes += outline.bytes;
  step();
  bytes += (await keep(content, coursesUrl, 'Courses')).bytes;
  step();
  const imageUrls = new Set<string>();
  for (const url of lessonUrls) {
    const lesson = await keep(content, url, 'Lesson');
    bytes += lesson.bytes;
    for (const [src] of lesson.text.matchAll(IMAGE)) imageUrls.add(src);
    step();
  }
  total += imageUrls.size;
  for (const src of imageUrls) {
    const response = await fetch(src, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${src}`);
    bytes += (await response.clone().blob()).size;
    await images.put(src, response);
    step();
  }
  const db = await offlineDb();
  if (module.quiz && userId) {
    const { quiz } = await execute(QuizQuery, { id: module.quiz.id });
    await db.put('quizzes', quiz, quizKey(userId, quiz.id));
    bytes += new Blob([JSON.stringify(quiz)]).size;
    step();
  }
  const pack: Pack = {
    key: packKey(courseSlug, module.slug, provinceCode),
    courseSlug,
    moduleSlug: module.slug,
    provinceCode,
    revision: outline.etag,
    lessonUrls,
    imageUrls: [...imageUrls],
    quizId: module.quiz?.id ?? null,
    bytes,
    savedAt: new Date().toISOString(),
  };
  await db.put('packs', pack);
  // Ask the phone not to clear it when space runs low (granted silently for an installed app on Android).
  await navigator.storage?.persist?.().catch(() => false);
  return pack;
}

export async function listPacks(courseSlug: string): Promise<Pack[]> {
  return (await (await offlineDb()).getAll('packs')).filter((p) => p.courseSlug === courseSlug);
}

/** Removes a downloaded module: its lessons, images and quiz (the outline stays while another module needs it). */
export async function removePack(pack: Pack, userId: string | null): Promise<void> {
  const db = await offlineDb();
  const content = await caches.open(CONTENT_CACHE);
  const images = await caches.open(IMAGE_CACHE);
  await Promise.all(pack.lessonUrls.map((url) => content.delete(url)));
  await Promise.all(pack.imageUrls.map((url) => images.delete(url)));
  if (pack.quizId && userId) await db.delete('quizzes', quizKey(userId, pack.quizId));
  await db.delete('packs', pack.key);
}

/** The quiz as downloaded for this learner, for taking it without a network. */
export async function downloadedQuiz(userId: string, quizId: string): Promise<QuizResult['quiz'] | undefined> {
  try {
    return await (await offlineDb()).get('quizzes', quizKey(userId, quizId));
  } catch {
    return undefined;
  }
}

/** The content revision now (the ETag of the outline), or null without a network. */
export async function currentRevision(courseSlug: string, provinceCode: string | null): Promise<string | null> {
  const url = contentUrl(CourseOutlineQuery.toString(), { slug: courseSlug, provinceCode });
  const response = await fetch(url, { credentials: 'omit', headers: HEADERS('CourseOutline'), cache: 'no-cache' }).catch(() => null);
  return response?.ok ? response.headers.get('etag') : null;
}
