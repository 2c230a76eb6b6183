import { describe, expect, it } from '@jest/globals';
import { loadCourse } from './load-course.js';
import { lessonsForProvince } from './variant-rule.js';
import { lessonText, makeCourseDir, questionText, quizText } from './testing/course-fixture.js';

function problemsOf(files: Record<string, string | null>) {
  return loadCourse(makeCourseDir(files)).problems;
}

describe('loadCourse on a valid course', () => {
  it('reads modules, lessons, quizzes, variants and images in order', () => {
    const { course, problems } = loadCourse(makeCourseDir());
    expect(problems).toEqual([]);
    expect(course?.slug).toBe('khoa-hoc-thu');
    expect(course?.title).toEqual({ vi: 'Khóa học thử', en: 'Test course' });
    expect(course?.modules.map((m) => m.slug)).toEqual(['hoc-phan-mot', 'hoc-phan-hai']);
    expect(course?.modules[0]?.lessons.map((l) => l.slug)).toEqual(['bai-mot', 'bai-hai']);
    expect(course?.modules[0]?.quiz?.passingScore).toBe(0.8);
    expect(course?.modules[1]?.variants[0]?.provinceCode).toBe('01');
    expect(course?.modules[1]?.variants[0]?.lessons[0]?.slug).toBe('bai-ha-noi');
    expect(course?.assets.map((a) => a.path)).toEqual(['01-hoc-phan-mot/images/so-do.svg']);
    expect(course?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash for the same files and another for a change', () => {
    const a = loadCourse(makeCourseDir()).course?.contentHash;
    const b = loadCourse(makeCourseDir()).course?.contentHash;
    const c = loadCourse(makeCourseDir({ '01-hoc-phan-mot/02-bai-hai.md': lessonText('Bài hai, sửa') })).course?.contentHash;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('uses the course passing score when a quiz has none', () => {
    const { course } = loadCourse(
      makeCourseDir({
        'course.yaml': 'title: K\nsummary: T\nlanguage: vi\nissuer: S\npassing:\n  quizPassingScore: 0.7\n',
        '01-hoc-phan-mot/quiz.yaml': `questions:\n${questionText('q')}`,
      }),
    );
    expect(course?.modules[0]?.quiz?.passingScore).toBe(0.7);
    expect(course?.modules[0]?.quiz?.maxAttempts).toBeNull();
  });
});

describe('province content is added to the national module', () => {
  it("places a province's lessons among the national ones by number, national first on equal numbers", () => {
    const { course, problems } = loadCourse(
      makeCourseDir({
        '02-hoc-phan-hai/02-bai-bon.md': lessonText('Bài bốn'),
        '02-hoc-phan-hai/provinces/01/03-bai-ha-noi-cuoi.md': lessonText('Bài Hà Nội cuối'),
      }),
    );
    expect(problems).toEqual([]);
    const module = course!.modules[1]!;
    expect(lessonsForProvince(module, '01').map((l) => [l.slug, l.provinceCode])).toEqual([
      ['bai-ba', null],
      ['bai-ha-noi', '01'],
      ['bai-bon', null],
      ['bai-ha-noi-cuoi', '01'],
    ]);
    expect(lessonsForProvince(module, '46').map((l) => l.slug)).toEqual(['bai-ba', 'bai-bon']);
    expect(lessonsForProvince(module, null).map((l) => l.slug)).toEqual(['bai-ba', 'bai-bon']);
  });

  it('gives the province a quiz with the national questions first, then its own', () => {
    const variant = loadCourse(makeCourseDir()).course!.modules[1]!.variants[0]!;
    expect(variant.quiz?.questions.map((q) => q.slug)).toEqual(['cau-1', 'cau-2', 'ha-noi-1', 'ha-noi-2']);
    expect(variant.ownQuestionCount).toBe(2);
    expect(variant.quiz?.file).toBe('khoa-hoc-thu/02-hoc-phan-hai/provinces/01/quiz.yaml');
  });

  it('reports a province question whose slug is already used by the national quiz', () => {
    expect(problemsOf({ '02-hoc-phan-hai/provinces/01/quiz.yaml': quizText(1) })).toEqual([
      expect.objectContaining({ code: 'duplicate-slug', file: 'khoa-hoc-thu/02-hoc-phan-hai/provinces/01/quiz.yaml' }),
    ]);
  });

  it("checks the writers' template provinces/_template/ but never imports it", () => {
    const template = {
      '02-hoc-phan-hai/provinces/_template/module.yaml': 'title: "{{Tên tỉnh}}: nội dung riêng"\n',
      '02-hoc-phan-hai/provinces/_template/01-mau-ung-dung.md': lessonText('Ứng dụng {{tên ứng dụng}}'),
      '02-hoc-phan-hai/provinces/_template/quiz.yaml': quizText(1, 'mau'),
    };
    const { course, problems } = loadCourse(makeCourseDir(template));
    expect(problems).toEqual([]);
    expect(course!.modules[1]!.variants.map((v) => v.provinceCode)).toEqual(['01']);

    const broken = problemsOf({ ...template, '02-hoc-phan-hai/provinces/_template/quiz.yaml': null });
    expect(broken).toEqual([
      expect.objectContaining({ code: 'missing-quiz', file: 'khoa-hoc-thu/02-hoc-phan-hai/provinces/_template/quiz.yaml' }),
    ]);
  });

  it('reports a blank of the template left in a province lesson or quiz, at its line', () => {
    const problems = problemsOf({
      '02-hoc-phan-hai/provinces/01/01-bai-ha-noi.md': lessonText('Hà Nội', 'Gọi đường dây nóng {{số điện thoại}}.\n'),
    });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'template-placeholder', line: 10, message: expect.stringContaining('{{số điện thoại}}') }),
    ]);
  });
});

describe('writing rules a course opts into in course.yaml', () => {
  const course = 'title: K\nsummary: T\nlanguage: vi\nissuer: S\nwriting:\n  wordsPerMinute: 70\n  minSituationShare: 0.5\n';
  const situation = (slug: string) => questionText(slug).replace('type: single', 'type: single\n    situation: true');

  it('minutes must be words ÷ wordsPerMinute rounded up, give or take one', () => {
    const words = Array.from({ length: 300 }, () => 'chữ').join(' ');
    const quizzes = {
      '01-hoc-phan-mot/quiz.yaml': `questions:\n${situation('s')}`,
      '02-hoc-phan-hai/quiz.yaml': `questions:\n${situation('s')}`,
    };
    const variant = { '02-hoc-phan-hai/provinces/01/quiz.yaml': `questions:\n${situation('h')}` };
    // 300 words at 70 a minute: 5 minutes, as written. The other lessons have 3 words (1 minute) but say 5.
    const problems = problemsOf({
      'course.yaml': course,
      ...quizzes,
      ...variant,
      '01-hoc-phan-mot/02-bai-hai.md': lessonText('Hai', words),
    });
    expect(problems.map((p) => [p.code, p.file])).toEqual([
      ['minutes-estimate', 'khoa-hoc-thu/01-hoc-phan-mot/01-bai-mot.md'],
      ['minutes-estimate', 'khoa-hoc-thu/02-hoc-phan-hai/01-bai-ba.md'],
      ['minutes-estimate', 'khoa-hoc-thu/02-hoc-phan-hai/provinces/01/01-bai-ha-noi.md'],
    ]);
  });

  it('at least the given share of each quiz are situation questions', () => {
    const problems = problemsOf({
      'course.yaml': course.replace('  wordsPerMinute: 70\n', ''),
      '01-hoc-phan-mot/quiz.yaml': `questions:\n${situation('a')}${questionText('b')}`,
      '02-hoc-phan-hai/quiz.yaml': `questions:\n${questionText('a')}${questionText('b')}`,
      '02-hoc-phan-hai/provinces/01/quiz.yaml': `questions:\n${situation('h')}`,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'too-few-situations',
        file: 'khoa-hoc-thu/02-hoc-phan-hai/quiz.yaml',
        message: expect.stringContaining('0/2'),
      }),
    ]);
  });

  it('are not checked for a course that does not opt in', () => {
    expect(loadCourse(makeCourseDir()).problems).toEqual([]);
  });
});

describe('loadCourse reports each kind of mistake with file, line and plain words', () => {
  it('an unknown key', () => {
    expect(problemsOf({ '01-hoc-phan-mot/module.yaml': 'title: Một\nsummary: T\ncolour: red\n' })).toEqual([
      { code: 'unknown-key', file: 'khoa-hoc-thu/01-hoc-phan-mot/module.yaml', line: 1, message: 'khóa không được biết: "colour" tại tệp' },
    ]);
  });

  it('a missing title in lesson front matter, with the line in the lesson file', () => {
    const [problem] = problemsOf({ '01-hoc-phan-mot/02-bai-hai.md': '---\nminutes: 5\nobjectives:\n  - Hiểu\n---\nNội dung\n' });
    expect(problem).toMatchObject({ code: 'missing-key', file: 'khoa-hoc-thu/01-hoc-phan-mot/02-bai-hai.md', message: 'thiếu "title"' });
    expect(problem?.line).toBe(2);
  });

  it('a duplicate lesson slug across modules', () => {
    const problems = problemsOf({ '02-hoc-phan-hai/02-bai-mot.md': lessonText('Trùng') });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'duplicate-slug',
        file: 'khoa-hoc-thu/02-hoc-phan-hai/02-bai-mot.md',
        message: expect.stringContaining('bai-mot'),
      }),
    ]);
  });

  it('a single-choice question with two correct answers, at the question line', () => {
    const quiz = quizText(1).replace('correct: false', 'correct: true');
    const [problem] = problemsOf({ '01-hoc-phan-mot/quiz.yaml': quiz });
    expect(problem).toMatchObject({ code: 'too-many-correct', line: 4 });
  });

  it('a question with no correct answer', () => {
    const quiz = quizText(1).replace('correct: true', 'correct: false');
    expect(problemsOf({ '01-hoc-phan-mot/quiz.yaml': quiz })).toEqual([
      expect.objectContaining({ code: 'no-correct-answer', message: 'câu hỏi "cau-1" không có đáp án đúng nào', line: 4 }),
    ]);
  });

  it('a true/false question whose options are not dung/sai', () => {
    const quiz = quizText(1).replace('type: single', 'type: true_false');
    expect(problemsOf({ '01-hoc-phan-mot/quiz.yaml': quiz })[0]).toMatchObject({ code: 'invalid-true-false' });
  });

  it('a broken image link and an image without alt text', () => {
    const problems = problemsOf({
      '01-hoc-phan-mot/02-bai-hai.md': lessonText('Hai', 'Dòng một.\n![](images/so-do.svg)\n![Ảnh](images/khong-co.svg)\n'),
    });
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['missing-alt', 11],
      ['broken-image', 12],
    ]);
  });

  it('an image in a format other than SVG or WebP', () => {
    const problems = problemsOf({
      '01-hoc-phan-mot/images/anh.png': 'png',
      '01-hoc-phan-mot/02-bai-hai.md': lessonText('Hai', '![Ảnh chụp](images/anh.png)\n'),
    });
    expect(problems[0]).toMatchObject({ code: 'image-format' });
  });

  it('raw HTML in a lesson', () => {
    const problems = problemsOf({ '01-hoc-phan-mot/02-bai-hai.md': lessonText('Hai', 'Chữ.\n<script>alert(1)</script>\n') });
    expect(problems[0]).toMatchObject({ code: 'raw-html', line: 11 });
  });

  it('HTML inside a code span or block is not flagged', () => {
    expect(problemsOf({ '01-hoc-phan-mot/02-bai-hai.md': lessonText('Hai', 'Gõ `<b>` nhé.\n\n```\n<div>\n```\n') })).toEqual([]);
  });

  it('a missing quiz file', () => {
    expect(problemsOf({ '01-hoc-phan-mot/quiz.yaml': null })).toEqual([
      { code: 'missing-quiz', file: 'khoa-hoc-thu/01-hoc-phan-mot/quiz.yaml', message: 'học phần thiếu tệp bài kiểm tra quiz.yaml' },
    ]);
  });

  it('a YAML syntax error, with its line', () => {
    const [problem] = problemsOf({ '01-hoc-phan-mot/module.yaml': 'title: Một\nsummary: [chưa đóng\n' });
    expect(problem).toMatchObject({ code: 'yaml-syntax' });
    expect(problem?.line).toBeGreaterThanOrEqual(2);
  });

  it('a value of the wrong kind', () => {
    const lesson = lessonText('Hai').replace('minutes: 5', 'minutes: năm');
    expect(problemsOf({ '01-hoc-phan-mot/02-bai-hai.md': lesson })).toEqual([
      expect.objectContaining({ code: 'invalid-value', message: '"minutes" phải là một số', line: 5 }),
    ]);
  });

  it('a province folder that is not a current province code', () => {
    const problems = problemsOf({ '02-hoc-phan-hai/provinces/99/01-bai-la.md': lessonText('Lạ') });
    expect(problems[0]).toMatchObject({ code: 'unknown-province', file: 'khoa-hoc-thu/02-hoc-phan-hai/provinces/99' });
  });

  it('a lesson file without the order prefix', () => {
    expect(problemsOf({ '01-hoc-phan-mot/bai-le.md': lessonText('Lẻ') })[0]).toMatchObject({ code: 'invalid-name' });
  });

  it('a text missing the course language', () => {
    expect(problemsOf({ '01-hoc-phan-mot/module.yaml': 'title:\n  en: One\nsummary: T\n' })[0]).toMatchObject({
      code: 'missing-language',
      message: '"title" thiếu bản ngôn ngữ chính "vi"',
    });
  });

  it('duplicate question slugs and option ids', () => {
    const quiz = `questions:\n${questionText('q')}${questionText('q').replace('id: b', 'id: a')}`;
    expect(
      problemsOf({ '01-hoc-phan-mot/quiz.yaml': quiz })
        .map((p) => p.code)
        .sort(),
    ).toEqual(['duplicate-option', 'duplicate-slug']);
  });

  it('reports every problem of a folder in one run', () => {
    const problems = problemsOf({
      'course.yaml': 'title: K\nlanguage: vi\nissuer: S\n',
      '01-hoc-phan-mot/quiz.yaml': null,
      '02-hoc-phan-hai/01-bai-ba.md': 'không có phần đầu',
    });
    expect(problems.map((p) => p.code).sort()).toEqual(['missing-front-matter', 'missing-key', 'missing-quiz']);
  });
});

describe('the real course in courses/', () => {
  it('passes the check', () => {
    const result = loadCourse(new URL('../../../courses/pho-cap-ky-nang-so-cong-dong', import.meta.url).pathname);
    expect(result.problems).toEqual([]);
    expect(result.course?.modules).toHaveLength(6);
  });
});

describe('the issuing body of certificates', () => {
  it("takes a province's issuer from its folder, and the course's elsewhere", () => {
    const { course, problems } = loadCourse(
      makeCourseDir({ '02-hoc-phan-hai/provinces/01/module.yaml': 'title: Hà Nội\nissuer: Sở Khoa học và Công nghệ Hà Nội\n' }),
    );
    expect(problems).toEqual([]);
    expect(course!.issuer.vi).toBe('Sở KH&CN');
    expect(course!.modules[1]!.variants[0]!.issuer).toEqual({ vi: 'Sở Khoa học và Công nghệ Hà Nội' });
  });

  it('refuses the former Ministry of Information and Communications', () => {
    for (const issuer of ['Bộ Thông tin và Truyền thông', 'Sở TT&TT Hà Nội']) {
      const { problems } = loadCourse(makeCourseDir({ 'course.yaml': `title: K\nsummary: T\nlanguage: vi\nissuer: ${issuer}\n` }));
      expect(problems.map((p) => p.code)).toContain('former-issuer');
    }
  });
});
