import '../../testing/fake-indexeddb.js';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../app/i18n.js';
import { SESSION } from '../account/fixtures.js';
import { AuthProvider } from '../../shared/auth/AuthProvider.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { CONTENT_CACHE } from '../../shared/graphql/execute.js';
import { OfflineDownload, useRefreshDownloads } from './OfflineDownload.js';
import { downloadedQuiz, IMAGE_CACHE, listPacks, removePack, type Module } from './downloads.js';

/*
 * The download logic against stand-ins for what jsdom lacks: Cache Storage and Response (a small in-memory copy of
 * each), IndexedDB (fake-indexeddb) and the API (one fetch answering the content GETs with the content revision as
 * ETag, lesson bodies with an image, the image itself and the learner's quiz).
 */

class FakeResponse {
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };
  constructor(
    private readonly body: string,
    readonly status = 200,
    headers: Record<string, string> = {},
  ) {
    this.ok = status >= 200 && status < 300;
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    this.headers = { get: (name) => lower[name.toLowerCase()] ?? null };
  }
  clone() {
    return this;
  }
  async text() {
    return this.body;
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }
  async blob() {
    return new Blob([this.body]);
  }
}

const cacheStorage = new Map<string, Map<string, FakeResponse>>();
function installCaches() {
  cacheStorage.clear();
  (globalThis as { caches?: unknown }).caches = {
    open: async (name: string) => {
      if (!cacheStorage.has(name)) cacheStorage.set(name, new Map());
      const cache = cacheStorage.get(name)!;
      return {
        put: async (url: string, response: FakeResponse) => void cache.set(url, response),
        match: async (url: string) => cache.get(url),
        delete: async (url: string) => cache.delete(url),
      };
    },
  };
}
const cached = (name: string) => [...(cacheStorage.get(name)?.keys() ?? [])];

const COURSE = 'pho-cap';
const IMAGE = '/assets/course/pho-cap/vneid.png';
const IMAGE_BYTES = 'x'.repeat(3000);

const module: Module = {
  id: 'm1',
  slug: 'dich-vu-cong',
  position: 1,
  title: { vi: 'Dịch vụ công', en: null },
  summary: { vi: 'Tóm tắt', en: null },
  provinceCode: null,
  totalMinutes: 18,
  downloadBytes: 54_000,
  lessons: [
    { id: 'l1', slug: 'vneid', title: { vi: 'VNeID', en: null }, minutes: 8 },
    { id: 'l2', slug: 'cong-dvc', title: { vi: 'Cổng DVC', en: null }, minutes: 10 },
  ],
  quiz: { id: 'q1', questionCount: 1, passingScore: 0.8, maxAttempts: 3 },
  variants: [],
} as unknown as Module;

const QUIZ = {
  id: 'q1',
  moduleId: 'm1',
  moduleTitle: { vi: 'Dịch vụ công', en: null },
  passingScore: 0.8,
  maxAttempts: 3,
  attemptsUsed: 0,
  attemptsLeft: 3,
  round: 1,
  nextRoundAt: null,
  retryAfterHours: null,
  lessons: [],
  passed: false,
  questions: [{ slug: 'q-1', type: 'SINGLE', prompt: { vi: 'Câu hỏi?', en: null }, options: [] }],
};

interface Server {
  revision: number;
  /** Content GETs and image fetches, by operation (or "image"). */
  gets: string[];
}

function installServer(): Server {
  const server: Server = { revision: 1, gets: [] };
  globalThis.fetch = (async (url: string, init?: RequestInit) => {
    if ((init?.method ?? 'GET') === 'POST') {
      const { query } = JSON.parse(String(init!.body)) as { query: string };
      if (query.includes('RefreshSession')) return new FakeResponse(JSON.stringify({ data: { refreshSession: SESSION } }));
      if (query.includes('query Quiz')) return new FakeResponse(JSON.stringify({ data: { quiz: QUIZ } }));
      throw new Error(`unexpected ${query.slice(0, 30)}`);
    }
    if (url === IMAGE) {
      server.gets.push('image');
      return new FakeResponse(IMAGE_BYTES);
    }
    const params = new URL(url, 'http://localhost').searchParams;
    const operation = /query\s+(\w+)/.exec(params.get('query') ?? '')?.[1] ?? '?';
    const variables = JSON.parse(params.get('variables') ?? '{}') as { lessonSlug?: string };
    server.gets.push(operation);
    const etag = `W/"content-${server.revision}"`;
    const data =
      operation === 'Lesson'
        ? { lesson: { slug: variables.lessonSlug, body: `Bài ${variables.lessonSlug}, bản ${server.revision} ![ảnh](${IMAGE})` } }
        : { course: { slug: COURSE, revision: server.revision } };
    return new FakeResponse(JSON.stringify({ data }), 200, { ETag: etag });
  }) as unknown as typeof fetch;
  return server;
}

function Refresher({ modules }: { modules: Module[] }) {
  useRefreshDownloads(COURSE, null, modules);
  return null;
}

function renderWithProviders(ui: React.ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AuthProvider>{ui}</AuthProvider>
    </QueryClientProvider>,
  );
}

let online = true;

/** The download button, once the list of downloads is known (it is disabled until then). */
async function downloadButton(name: string | RegExp = /^Tải về để học khi không có mạng/) {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  return button;
}

describe('downloading a module for offline study', () => {
  let server: Server;

  beforeEach(async () => {
    installCaches();
    server = installServer();
    sessionStore.set(SESSION);
    online = true;
    Object.defineProperty(navigator, 'onLine', { get: () => online, configurable: true });
    Object.defineProperty(navigator, 'storage', { value: { persist: async () => true }, configurable: true });
    // downloads.ts keeps its database open for the page's life: start each test with nothing listed in it.
    for (const pack of await listPacks(COURSE)) await removePack(pack, SESSION.user.id);
  });

  it('shows the size first, then a progress bar, then "Đã tải về" with what it stored; removing it takes it all away', async () => {
    renderWithProviders(<OfflineDownload courseSlug={COURSE} provinceCode={null} modules={[module]} />);
    // The size announced by the API (54,000 B), before anything is fetched.
    const button = await downloadButton('Tải về để học khi không có mạng (khoảng 53 KB)');
    expect(server.gets).toEqual([]);

    fireEvent.click(button);
    expect(await screen.findByRole('progressbar', { name: 'Đang tải về' })).toBeTruthy();
    const done = await screen.findByText(/^Đã tải về \(\d+ KB\)$/);

    const [pack] = await listPacks(COURSE);
    expect(pack).toMatchObject({ moduleSlug: 'dich-vu-cong', revision: 'W/"content-1"', imageUrls: [IMAGE], quizId: 'q1' });
    expect(done.textContent).toBe(`✓ Đã tải về (${Math.round(pack!.bytes / 1024)} KB)`);
    // What it counted is what it stored: outline, course list, two lessons, the image, the quiz.
    const stored = await Promise.all(
      [...cacheStorage.get(CONTENT_CACHE)!.values(), ...cacheStorage.get(IMAGE_CACHE)!.values()].map(
        async (r) => new Blob([await r.text()]).size,
      ),
    );
    expect(pack!.bytes).toBe(stored.reduce((n, b) => n + b, 0) + new Blob([JSON.stringify(QUIZ)]).size);
    expect(cached(CONTENT_CACHE)).toEqual(expect.arrayContaining(pack!.lessonUrls));
    expect(cached(IMAGE_CACHE)).toEqual([IMAGE]);
    expect(await downloadedQuiz(SESSION.user.id, 'q1')).toEqual(QUIZ);

    fireEvent.click(screen.getByRole('button', { name: 'Xóa bản tải về' }));
    await screen.findByRole('button', { name: 'Tải về để học khi không có mạng (khoảng 53 KB)' });
    expect(await listPacks(COURSE)).toEqual([]);
    expect(cached(CONTENT_CACHE).filter((url) => pack!.lessonUrls.includes(url))).toEqual([]);
    expect(cached(IMAGE_CACHE)).toEqual([]);
    expect(await downloadedQuiz(SESSION.user.id, 'q1')).toBeUndefined();
  });

  it('says so when the download fails, and lists nothing half-downloaded', async () => {
    renderWithProviders(<OfflineDownload courseSlug={COURSE} provinceCode={null} modules={[module]} />);
    const button = await downloadButton();
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe('Chưa tải về được: mạng yếu hoặc mất mạng. Hãy thử lại.');
    expect(await listPacks(COURSE)).toEqual([]);
  });

  it('downloads a module again when its content version changes, and only then', async () => {
    const first = renderWithProviders(<OfflineDownload courseSlug={COURSE} provinceCode={null} modules={[module]} />);
    fireEvent.click(await downloadButton());
    await screen.findByText(/^Đã tải về/);
    first.unmount();
    const lessonUrl = (await listPacks(COURSE))[0]!.lessonUrls[0]!;

    // Same version: the outline's ETag is asked for, nothing is downloaded again.
    server.gets = [];
    const same = renderWithProviders(<Refresher modules={[module]} />);
    await waitFor(() => expect(server.gets).toEqual(['CourseOutline']));
    same.unmount();

    // Offline: not even that.
    online = false;
    server.gets = [];
    const offline = renderWithProviders(
      <>
        <OfflineDownload courseSlug={COURSE} provinceCode={null} modules={[module]} />
        <Refresher modules={[module]} />
      </>,
    );
    // The list of downloads has arrived (the refresh looks at it in the same render): nothing was asked for.
    await screen.findByText(/^Đã tải về/);
    expect(server.gets).toEqual([]);
    offline.unmount();

    // A new version, online: the module comes again, and its listing says which version it is.
    online = true;
    server.revision = 2;
    server.gets = [];
    renderWithProviders(<Refresher modules={[module]} />);
    await waitFor(async () => expect((await listPacks(COURSE))[0]!.revision).toBe('W/"content-2"'));
    expect(server.gets.filter((g) => g === 'Lesson')).toHaveLength(2);
    expect(await cacheStorage.get(CONTENT_CACHE)!.get(lessonUrl)!.text()).toContain('bản 2');
  });
});
