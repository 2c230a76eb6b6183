import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { renderApp, stubOperations } from '../../testing/render-app.js';
import { me, PROVINCES, SESSION } from '../account/fixtures.js';
import { insertImage } from './insert-image.js';
import { lineDiff } from './line-diff.js';

const TRAINER = me({ roles: ['CITIZEN', 'TRAINER'], grants: [{ role: 'TRAINER', scopeCode: null }] });
const TEXT = '---\ntitle: Bài hai\nminutes: 5\nobjectives:\n  - Hiểu bài\n---\n\nNội dung cũ.\n';

const lesson = (extra: Record<string, unknown> = {}) => ({
  courseSlug: 'khoa-hoc-thu',
  lessonSlug: 'bai-hai',
  moduleSlug: 'hoc-phan-mot',
  provinceCode: null,
  position: 2,
  path: '01-hoc-phan-mot/02-bai-hai.md',
  title: 'Bài hai',
  minutes: 5,
  objectives: ['Hiểu bài'],
  body: 'Nội dung cũ.\n\n![Sơ đồ](images/so-do.svg)\n',
  archived: false,
  revision: 'r1',
  text: TEXT,
  publishedText: TEXT,
  problems: [],
  draft: null,
  ...extra,
});

/** Module 1 as learners see it: national lessons, and for Hà Nội (01) one of its own after lesson 2. */
const modulePreview = (variables: Record<string, unknown>) => {
  const hanoi = variables.provinceCode === '01';
  const row = (slug: string, title: string, position: number, provinceCode: string | null = null, changed = false) => ({
    slug,
    title,
    minutes: 5,
    position,
    provinceCode,
    changed,
  });
  return {
    data: {
      modulePreview: {
        courseSlug: 'khoa-hoc-thu',
        moduleSlug: 'hoc-phan-mot',
        provinceCode: hanoi ? '01' : null,
        title: hanoi ? 'Học phần một ở Hà Nội' : 'Học phần một',
        draftId: variables.draftId ?? null,
        quizQuestionCount: hanoi ? 6 : 4,
        provinceQuestionCount: hanoi ? 2 : 0,
        lessons: [
          row('bai-mot', 'Bài một', 1),
          row('bai-hai', 'Bài hai', 2),
          ...(hanoi ? [row('bai-ha-noi', 'Bài Hà Nội', 2, '01', true)] : []),
          row('bai-ba', 'Bài ba', 3),
        ],
      },
    },
  };
};

const DRAFT = {
  id: 'd1',
  courseSlug: 'khoa-hoc-thu',
  provinceCode: null,
  title: 'Bài: Bài hai',
  status: 'DRAFT',
  authorName: 'Nguyễn Văn An',
  reviewerName: null,
  reviewComment: null,
  submittedAt: null,
  updatedAt: '2026-12-02T10:00:00.000Z',
  mine: true,
  canReview: false,
  files: [{ path: '01-hoc-phan-mot/02-bai-hai.md', change: 'CHANGED', before: TEXT, after: TEXT }],
};

async function openEditor(handlers: Parameters<typeof stubOperations>[0]) {
  const calls = stubOperations(
    {
      Me: TRAINER,
      LessonDraft: { data: { lessonDraft: lesson() } },
      Provinces: PROVINCES,
      ModulePreview: modulePreview,
      OpenDrafts: { data: { contentDrafts: [] } },
      ...handlers,
    },
    SESSION,
  );
  window.history.pushState({}, '', '/soan-bai/khoa-hoc-thu/bai/bai-hai');
  renderApp();
  await screen.findByRole('heading', { name: 'Sửa bài “Bài hai”', level: 1 });
  return calls;
}

describe('the lesson editor', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });

  it('previews the Markdown as the lesson page renders it, images from the asset route, as one types', async () => {
    await openEditor({});
    const preview = screen.getByRole('region', { name: 'Xem trước như học viên thấy' });
    expect(within(preview).getByText('Nội dung cũ.')).toBeTruthy();
    expect(within(preview).getByRole('img', { name: 'Sơ đồ' }).getAttribute('src')).toBe(
      '/assets/course/khoa-hoc-thu/01-hoc-phan-mot/images/so-do.svg',
    );
    fireEvent.change(screen.getByLabelText('Nội dung bài (Markdown)'), { target: { value: '## Bước một\n\nLàm theo.' } });
    expect(within(preview).getByRole('heading', { name: 'Bước một', level: 2 })).toBeTruthy();
  });

  it("shows the lesson inside its module as a chosen province's learners get it, with the draft applied", async () => {
    const calls = await openEditor({ LessonDraft: { data: { lessonDraft: lesson({ draft: { ...DRAFT, id: 'd1' } }) } } });
    const preview = screen.getByRole('region', { name: 'Xem trước như học viên thấy' });
    // National by default (a national lesson): lesson 2 of 3, the module's own title.
    expect(await within(preview).findByText('Bài 2/3 của học phần.')).toBeTruthy();
    expect(within(preview).getByText('Học phần một')).toBeTruthy();
    const province = within(preview).getByLabelText('Xem như học viên của');
    await within(province).findByRole('option', { name: 'Thành phố Hà Nội' });
    fireEvent.change(province, { target: { value: '01' } });
    expect(await within(preview).findByText('Học phần một ở Hà Nội')).toBeTruthy();
    const outline = within(preview).getByRole('list', { name: 'Các bài trong học phần' });
    expect(
      within(outline)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Bài một', 'Bài hai (bài đang sửa)', 'Bài Hà Nội · riêng của Thành phố Hà Nội có thay đổi trong bản nháp', 'Bài ba']);
    expect(within(preview).getByText('Bài kiểm tra cuối học phần: 6 câu, trong đó 2 câu riêng của tỉnh.')).toBeTruthy();
    // The title being typed shows in its place before it is saved.
    fireEvent.change(screen.getByLabelText('Tên bài'), { target: { value: 'Bài hai mới' } });
    expect(within(outline).getAllByRole('listitem')[1]!.textContent).toBe('Bài hai mới (bài đang sửa)');
    expect(calls.filter((c) => c.operation === 'ModulePreview').map((c) => c.variables)).toEqual([
      { courseSlug: 'khoa-hoc-thu', moduleSlug: 'hoc-phan-mot', provinceCode: null, draftId: 'd1' },
      { courseSlug: 'khoa-hoc-thu', moduleSlug: 'hoc-phan-mot', provinceCode: '01', draftId: 'd1' },
    ]);
  });

  it('puts a change to a second lesson into an open draft when asked, so both are published together', async () => {
    const open = (id: string, title: string, status = 'DRAFT', mine = true) => ({
      id,
      title,
      status,
      mine,
      provinceCode: null,
      updatedAt: '2026-12-02T10:00:00.000Z',
    });
    const calls = await openEditor({
      OpenDrafts: {
        data: {
          contentDrafts: [
            open('d7', 'Bài: Bài mới'),
            open('d8', 'Bài: Bài của người khác', 'DRAFT', false),
            open('d9', 'Bài: Bài đang chờ duyệt', 'IN_REVIEW'),
          ],
        },
      },
      SaveLessonDraft: {
        data: {
          saveLessonDraft: {
            lesson: lesson({ position: 3, revision: 'r2', draft: { ...DRAFT, id: 'd7', title: 'Bài: Bài mới' } }),
            conflict: null,
          },
        },
      },
    });
    // Only the trainer's own drafts still being written are offered; a new draft is the default.
    const choice = await screen.findByRole('group', { name: 'Lưu thay đổi này vào' });
    expect(
      within(choice)
        .getAllByRole('radio')
        .map((r) => document.querySelector(`label[for="${r.id}"]`)?.textContent),
    ).toEqual(['Một bản nháp mới', 'Thêm vào bản nháp đang mở: “Bài: Bài mới”']);
    expect((within(choice).getByLabelText('Một bản nháp mới') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(choice).getByLabelText('Thêm vào bản nháp đang mở: “Bài: Bài mới”'));
    fireEvent.change(screen.getByLabelText('Số thứ tự trong học phần'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await screen.findByText('Đã lưu bản nháp.');
    // Now in that draft, the lesson's next saves go there without asking (the API keeps a file in its draft).
    expect(screen.queryByRole('group', { name: 'Lưu thay đổi này vào' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await waitFor(() => expect(calls.filter((c) => c.operation === 'SaveLessonDraft')).toHaveLength(2));
    expect(
      calls
        .filter((c) => c.operation === 'SaveLessonDraft')
        .map((c) => {
          const input = c.variables.input as { position: number; draftId: string | null };
          return [input.position, input.draftId];
        }),
    ).toEqual([
      [3, 'd7'],
      [3, null],
    ]);
  });

  it("saves with the revision it opened at and shows the format's problems next to their fields", async () => {
    const calls = await openEditor({
      SaveLessonDraft: {
        data: {
          saveLessonDraft: {
            lesson: lesson({
              minutes: 500,
              revision: 'r2',
              problems: [
                {
                  path: '01-hoc-phan-mot/02-bai-hai.md',
                  field: 'minutes',
                  code: 'invalid-value',
                  message: '"minutes" phải nhỏ hơn hoặc bằng 60',
                },
              ],
            }),
            conflict: null,
          },
        },
      },
    });
    fireEvent.change(screen.getByLabelText('Số phút đọc'), { target: { value: '500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    const minutes = screen.getByLabelText('Số phút đọc');
    await waitFor(() => expect(minutes.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(minutes.getAttribute('aria-describedby')!)?.textContent).toContain(
      '"minutes" phải nhỏ hơn hoặc bằng 60',
    );
    const save = calls.find((c) => c.operation === 'SaveLessonDraft')!;
    expect(save.variables.input).toMatchObject({
      courseSlug: 'khoa-hoc-thu',
      lessonSlug: 'bai-hai',
      revision: 'r1',
      minutes: 500,
      objectives: ['Hiểu bài'],
    });
  });

  it('shows both texts when someone else saved first, and saves again with the new revision only when asked', async () => {
    const calls = await openEditor({
      SaveLessonDraft: (variables) => ({
        data: {
          saveLessonDraft:
            (variables.input as { revision: string }).revision === 'r1'
              ? {
                  lesson: lesson({ body: 'Bản của người khác.\n', revision: 'r9' }),
                  conflict: {
                    message: 'Nội dung này đã được người khác thay đổi từ lúc bạn mở.',
                    yours: 'BẢN CỦA TÔI',
                    theirs: 'BẢN CỦA NGƯỜI KHÁC',
                    revision: 'r9',
                  },
                }
              : { lesson: lesson({ revision: 'r10' }), conflict: null },
        },
      }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    const alert = await screen.findByRole('alert', { name: 'Có người khác vừa sửa nội dung này' });
    expect(within(alert).getByText('BẢN CỦA TÔI')).toBeTruthy();
    expect(within(alert).getByText('BẢN CỦA NGƯỜI KHÁC')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Giữ bản của tôi (ghi đè sau khi đã xem)' }));
    await screen.findByText('Đã lưu bản nháp.');
    expect(calls.filter((c) => c.operation === 'SaveLessonDraft').map((c) => (c.variables.input as { revision: string }).revision)).toEqual(
      ['r1', 'r9'],
    );
  });
});

describe('adding an image to a lesson', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });

  it('asks for the alt text, uploads the picked file, inserts it at the cursor, previews it and saves into its draft', async () => {
    const calls = await openEditor({
      SaveLessonDraft: { data: { saveLessonDraft: { lesson: lesson({ revision: 'r2' }), conflict: null } } },
    });
    const graphql = globalThis.fetch;
    const uploads: FormData[] = [];
    const fetched: string[] = [];
    let refuse = true;
    globalThis.fetch = (async (url: string, init?: RequestInit) => {
      if (url === '/authoring/images/khoa-hoc-thu') {
        uploads.push(init!.body as FormData);
        if (refuse) {
          const message = 'Tệp này không phải ảnh JPEG, PNG, WebP hoặc GIF. Hãy chọn một ảnh chụp hoặc ảnh có sẵn trên máy.';
          return {
            ok: false,
            status: 400,
            json: async () => ({ code: 'BAD_USER_INPUT', message, messages: { vi: message, en: 'x' } }),
          } as Response;
        }
        const uploaded = {
          draftId: 'd1',
          path: '01-hoc-phan-mot/images/anh-1a2b3c4d.webp',
          src: 'images/anh-1a2b3c4d.webp',
          width: 1200,
          height: 800,
          bytes: 40960,
        };
        return { ok: true, status: 201, json: async () => uploaded } as Response;
      }
      if (url.startsWith('/authoring/images/')) {
        fetched.push(url);
        return { ok: true, status: 200, blob: async () => new Blob(['webp']) } as Response;
      }
      return graphql(url, init);
    }) as typeof fetch;
    URL.createObjectURL = () => 'blob:anh-moi';

    const body = screen.getByLabelText('Nội dung bài (Markdown)') as HTMLTextAreaElement;
    body.setSelectionRange('Nội dung cũ.'.length, 'Nội dung cũ.'.length);
    const picker = screen.getByLabelText('Chọn ảnh hoặc chụp ảnh');
    expect(picker.getAttribute('accept')).toBe('image/jpeg,image/png,image/webp,image/gif');
    const pick = () => fireEvent.change(picker, { target: { files: [new File(['...'], 'anh.jpg', { type: 'image/jpeg' })] } });

    // The description is required before anything is uploaded.
    pick();
    fireEvent.click(screen.getByRole('button', { name: 'Tải lên và chèn vào bài' }));
    const alt = screen.getByLabelText('Mô tả ảnh (bắt buộc)');
    expect(alt.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(alt.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toContain('Hãy viết mô tả ảnh');
    expect(uploads).toHaveLength(0);

    // The API's refusal is shown as it says it, and nothing is inserted.
    fireEvent.change(alt, { target: { value: 'Màn hình [đăng nhập]' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tải lên và chèn vào bài' }));
    expect(await screen.findByText(/Tệp này không phải ảnh JPEG/)).toBeTruthy();
    expect(body.value).toBe('Nội dung cũ.\n\n![Sơ đồ](images/so-do.svg)\n');

    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Tải lên và chèn vào bài' }));
    await screen.findByText('Đã chèn ảnh “Màn hình đăng nhập” (40 KB). Nhớ lưu bản nháp.');
    expect(body.value).toBe('Nội dung cũ.\n\n![Màn hình đăng nhập](images/anh-1a2b3c4d.webp)\n\n![Sơ đồ](images/so-do.svg)\n');
    expect(uploads[1]!.get('lessonSlug')).toBe('bai-hai');
    expect((uploads[1]!.get('image') as File).name).toBe('anh.jpg');

    // The preview shows the draft's image (fetched with the trainer's token), the published one from the asset route.
    const preview = screen.getByRole('region', { name: 'Xem trước như học viên thấy' });
    await waitFor(() => expect(within(preview).getByRole('img', { name: 'Màn hình đăng nhập' }).getAttribute('src')).toBe('blob:anh-moi'));
    expect(fetched).toEqual(['/authoring/images/khoa-hoc-thu/01-hoc-phan-mot/images/anh-1a2b3c4d.webp']);
    expect(within(preview).getByRole('img', { name: 'Sơ đồ' }).getAttribute('src')).toBe(
      '/assets/course/khoa-hoc-thu/01-hoc-phan-mot/images/so-do.svg',
    );

    // The text goes into the draft the image opened.
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await screen.findByText('Đã lưu bản nháp.');
    expect(calls.find((c) => c.operation === 'SaveLessonDraft')!.variables.input).toMatchObject({
      draftId: 'd1',
      body: 'Nội dung cũ.\n\n![Màn hình đăng nhập](images/anh-1a2b3c4d.webp)\n\n![Sơ đồ](images/so-do.svg)\n',
    });
  });
});

describe('insertImage', () => {
  it('puts the image in a paragraph of its own wherever the cursor is', () => {
    expect(insertImage('', 0, 'Ảnh', 'images/a.webp').body).toBe('![Ảnh](images/a.webp)\n');
    expect(insertImage('Một.', 4, 'Ảnh', 'images/a.webp').body).toBe('Một.\n\n![Ảnh](images/a.webp)\n');
    expect(insertImage('Một.\nHai.', 5, 'Ảnh', 'images/a.webp')).toEqual({ body: 'Một.\n\n![Ảnh](images/a.webp)\n\nHai.', cursor: 27 });
  });
});

describe('lineDiff', () => {
  it('marks removed and added lines around the common ones', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nx\nc\n')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
    ]);
    expect(lineDiff('', 'một')).toEqual([{ kind: 'added', text: 'một' }]);
  });
});
