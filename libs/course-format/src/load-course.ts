import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, normalize, relative, sep } from 'node:path';
import { LineCounter, parseDocument, isNode, isSeq } from 'yaml';
import { readCourseTree } from './course-tree.js';
import { countWords, findImages, findRawHtmlLine, parseLessonFile } from './lesson-file.js';
import type { CourseAsset, CourseSource, LessonSource, LocalizedText, ModuleSource, ModuleVariantSource, QuizSource } from './model.js';
import { ProblemList, type CourseProblem } from './problems.js';
import { PROVINCE_CODES } from './province-codes.js';
import { checkQuizRules } from './quiz-rules.js';
import { courseFileSchema, moduleFileSchema, quizFileSchema, variantFileSchema, type CourseFile, type LocalizedInput } from './schemas.js';
import { composeProvinceQuiz } from './variant-rule.js';
import { parseYamlWithSchema } from './yaml-file.js';
import type { ZodType } from 'zod';

/** A new round of quiz attempts opens this many hours after the last attempt of a round, unless the quiz says otherwise. */
const DEFAULT_RETRY_AFTER_HOURS = 24;

export interface LoadCourseResult {
  course?: CourseSource;
  problems: CourseProblem[];
}

const ORDERED = /^(\d{1,3})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
/** Minutes of a lesson of `words` words at `wordsPerMinute` (course.yaml `writing`), rounded up. */
export function estimateMinutes(words: number, wordsPerMinute: number): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** `provinces/_template/`: the starting point for a new province (checked, never imported). */
export const TEMPLATE_DIR = '_template';
const PLACEHOLDER = /\{\{[^}]*\}\}/;
const MAX_IMAGE_BYTES = 200 * 1024;
const IMAGE_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.webp': 'image/webp' };

/**
 * Reads one course folder (`courses/<slug>/`), validates everything and returns either the course or every
 * problem found. A course with problems is never returned, so nothing broken reaches the database.
 */
export function loadCourse(courseDir: string, reportBase = dirname(courseDir)): LoadCourseResult {
  const reader = new CourseReader(courseDir, reportBase);
  const course = reader.read();
  return reader.problems.isEmpty && course
    ? { course: { ...course, tree: readCourseTree(courseDir) }, problems: [] }
    : { problems: reader.problems.items };
}

/** Every course folder under `coursesDir` (folders holding a `course.yaml`). */
export function loadCourses(coursesDir: string): { courses: CourseSource[]; problems: CourseProblem[] } {
  if (!existsSync(coursesDir) || !statSync(coursesDir).isDirectory()) {
    return { courses: [], problems: [{ code: 'missing-folder', file: coursesDir, message: 'không tìm thấy thư mục khóa học' }] };
  }
  const courses: CourseSource[] = [];
  const problems: CourseProblem[] = [];
  const dirs = readdirSync(coursesDir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.'));
  for (const dir of dirs) {
    const result = loadCourse(join(coursesDir, dir.name), coursesDir);
    if (result.course) courses.push(result.course);
    problems.push(...result.problems);
  }
  if (dirs.length === 0) problems.push({ code: 'missing-folder', file: coursesDir, message: 'thư mục không có khóa học nào' });
  return { courses, problems };
}

class CourseReader {
  readonly problems = new ProblemList();
  private readonly hash = createHash('sha256');
  private readonly lessonSlugs = new Map<string, string>();
  private readonly assets = new Map<string, CourseAsset>();
  private language = 'vi';
  private writing: CourseFile['writing'];

  constructor(
    private readonly courseDir: string,
    private readonly reportBase: string,
  ) {}

  read(): Omit<CourseSource, 'tree'> | undefined {
    const slug = basename(this.courseDir);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      this.problems.add(
        'invalid-slug',
        this.rel(this.courseDir),
        'tên thư mục khóa học phải là chữ thường không dấu, số và dấu gạch ngang',
      );
    }
    const courseFile = this.readYaml(join(this.courseDir, 'course.yaml'), courseFileSchema);
    if (courseFile) {
      this.language = courseFile.language;
      this.writing = courseFile.writing;
    }
    const modules = this.readModules();
    if (!courseFile) return undefined;
    return {
      slug,
      language: courseFile.language,
      title: this.text(courseFile.title, 'course.yaml', 'title'),
      summary: this.text(courseFile.summary, 'course.yaml', 'summary'),
      issuer: this.issuerText(courseFile.issuer, 'course.yaml'),
      quizPassingScore: courseFile.passing.quizPassingScore,
      modules: modules.map((m) => withDefaultPassingScore(m, courseFile.passing.quizPassingScore)),
      assets: [...this.assets.values()],
      contentHash: this.hash.digest('hex'),
    };
  }

  private readModules(): ModuleSource[] {
    const entries = this.orderedEntries(this.courseDir, 'dir');
    if (entries.length === 0) {
      this.problems.add('no-modules', this.rel(this.courseDir), 'khóa học chưa có học phần nào (thư mục dạng "01-ten-hoc-phan")');
    }
    const modules: ModuleSource[] = [];
    const moduleSlugs = new Set<string>();
    for (const entry of entries) {
      if (moduleSlugs.has(entry.slug)) {
        this.problems.add('duplicate-slug', this.rel(entry.path), `học phần "${entry.slug}" bị trùng slug`);
      }
      moduleSlugs.add(entry.slug);
      const module = this.readModule(entry.path, entry.slug, entry.position);
      if (module) modules.push(module);
    }
    return modules;
  }

  private readModule(dir: string, slug: string, position: number): ModuleSource | undefined {
    const file = this.readYaml(join(dir, 'module.yaml'), moduleFileSchema);
    const lessons = this.readLessons(dir, dir);
    const quiz = this.readQuiz(dir);
    const variants = this.readVariants(dir, quiz);
    if (!file) return undefined;
    const rel = this.rel(join(dir, 'module.yaml'));
    return {
      slug,
      position,
      dir: basename(dir),
      title: this.text(file.title, rel, 'title'),
      summary: this.text(file.summary, rel, 'summary'),
      lessons,
      quiz,
      variants,
    };
  }

  /**
   * `provinces/<code>/` folders: lessons added to the national ones and a quiz composed with the national quiz
   * (see variant-rule.ts). `provinces/_template/` is the writers' template: checked like a variant, never imported.
   */
  private readVariants(moduleDir: string, nationalQuiz: QuizSource | null): ModuleVariantSource[] {
    const provincesDir = join(moduleDir, 'provinces');
    if (!existsSync(provincesDir)) return [];
    const variants: ModuleVariantSource[] = [];
    for (const entry of readdirSync(provincesDir, { withFileTypes: true }).sort(byName)) {
      const dir = join(provincesDir, entry.name);
      if (!entry.isDirectory()) continue;
      const isTemplate = entry.name === TEMPLATE_DIR;
      if (!isTemplate && !PROVINCE_CODES.has(entry.name)) {
        this.problems.add(
          'unknown-province',
          this.rel(dir),
          `"${entry.name}" không phải mã tỉnh, thành phố hiện hành (2 chữ số, ví dụ 01 là Hà Nội) hay thư mục mẫu "${TEMPLATE_DIR}"`,
        );
        continue;
      }
      const metaPath = join(dir, 'module.yaml');
      const meta = existsSync(metaPath) ? this.readYaml(metaPath, variantFileSchema) : {};
      const lessons = this.readLessons(dir, moduleDir, isTemplate);
      const quiz = this.readQuiz(dir, isTemplate);
      if (isTemplate) continue;
      if (quiz && nationalQuiz) {
        const national = new Set(nationalQuiz.questions.map((q) => q.slug));
        for (const q of quiz.questions.filter((q) => national.has(q.slug))) {
          this.problems.add(
            'duplicate-slug',
            quiz.file,
            `câu hỏi "${q.slug}" trùng slug với một câu của bài kiểm tra chung; bài kiểm tra của tỉnh gồm cả hai phần nên slug phải khác`,
          );
        }
      }
      const rel = this.rel(metaPath);
      variants.push({
        provinceCode: entry.name,
        title: meta?.title ? this.text(meta.title, rel, 'title') : null,
        summary: meta?.summary ? this.text(meta.summary, rel, 'summary') : null,
        issuer: meta?.issuer ? this.issuerText(meta.issuer, rel) : null,
        lessons,
        quiz: quiz ? composeProvinceQuiz(nationalQuiz, quiz) : null,
        ownQuestionCount: quiz?.questions.length ?? 0,
      });
    }
    return variants;
  }

  private readLessons(dir: string, moduleDir: string, isTemplate = false): LessonSource[] {
    const lessons: LessonSource[] = [];
    const entries = this.orderedEntries(dir, 'md');
    if (entries.length === 0) this.problems.add('no-lessons', this.rel(dir), 'học phần chưa có bài học nào (tệp dạng "01-ten-bai.md")');
    for (const entry of entries) {
      const rel = this.rel(entry.path);
      const previous = this.lessonSlugs.get(entry.slug);
      if (previous) {
        this.problems.add(
          'duplicate-slug',
          rel,
          `bài học "${entry.slug}" trùng slug với ${previous}; slug bài học phải khác nhau trong cả khóa`,
        );
        continue;
      }
      this.lessonSlugs.set(entry.slug, rel);
      const text = this.readText(entry.path);
      const parsed = parseLessonFile(text, rel, this.problems);
      if (!parsed) continue;
      if (!isTemplate) this.checkPlaceholders(text, rel);
      const htmlLine = findRawHtmlLine(parsed.body, parsed.bodyLine);
      if (htmlLine)
        this.problems.add('raw-html', rel, 'bài học có thẻ HTML; chỉ dùng Markdown (HTML sẽ không được hiển thị)', htmlLine, 'body');
      const images = findImages(parsed.body, parsed.bodyLine);
      for (const image of images) this.checkImage(image, entry.path, moduleDir, rel);
      const fm = parsed.frontMatter;
      const wordCount = countWords(parsed.body);
      const perMinute = this.writing?.wordsPerMinute;
      const expected = perMinute ? estimateMinutes(wordCount, perMinute) : fm.minutes;
      if (Math.abs(fm.minutes - expected) > 1) {
        this.problems.add(
          'minutes-estimate',
          rel,
          `"minutes" là ${fm.minutes} nhưng bài có ${wordCount} chữ: nên ghi ${expected} (số chữ ÷ ${perMinute}, làm tròn lên)`,
          undefined,
          'minutes',
        );
      }
      lessons.push({
        slug: entry.slug,
        position: entry.position,
        file: rel,
        title: this.text(fm.title, rel, 'title'),
        minutes: fm.minutes,
        objectives: fm.objectives.map((o, i) => this.text(o, rel, `objectives.${i}`)),
        body: parsed.body.normalize('NFC'),
        wordCount,
        images: images.map((i) => ({ src: i.src, path: this.assetPath(join(dirname(entry.path), decodeURI(i.src))) })),
      });
    }
    return lessons;
  }

  private checkImage(image: { alt: string; src: string; line: number }, lessonPath: string, moduleDir: string, rel: string): void {
    if (/^[a-z]+:/i.test(image.src)) {
      this.problems.add(
        'external-image',
        rel,
        `ảnh "${image.src}" phải là tệp nằm cạnh bài học, không phải liên kết ngoài`,
        image.line,
        'body',
      );
      return;
    }
    const path = normalize(join(dirname(lessonPath), decodeURI(image.src)));
    const type = IMAGE_TYPES[extname(path).toLowerCase()];
    if (!image.alt) this.problems.add('missing-alt', rel, `ảnh "${image.src}" thiếu mô tả (alt) bằng tiếng Việt`, image.line, 'body');
    if (relative(moduleDir, path).startsWith('..')) {
      this.problems.add('broken-image', rel, `ảnh "${image.src}" nằm ngoài thư mục học phần`, image.line, 'body');
    } else if (!existsSync(path)) {
      this.problems.add('broken-image', rel, `không tìm thấy ảnh "${image.src}"`, image.line, 'body');
    } else if (!type) {
      this.problems.add('image-format', rel, `ảnh "${image.src}" phải là SVG hoặc WebP`, image.line, 'body');
    } else {
      const data = readFileSync(path);
      if (data.length > MAX_IMAGE_BYTES) {
        this.problems.add(
          'image-too-large',
          rel,
          `ảnh "${image.src}" nặng ${Math.round(data.length / 1024)} KB, tối đa ${MAX_IMAGE_BYTES / 1024} KB`,
          image.line,
          'body',
        );
      }
      const assetPath = this.assetPath(path);
      this.hash.update(assetPath).update(data);
      this.assets.set(assetPath, { path: assetPath, contentType: type, data });
    }
  }

  /** A copy of the province template must have every `{{…}}` of the template filled in. */
  private checkPlaceholders(text: string, rel: string): void {
    const lines = text.split('\n');
    const index = lines.findIndex((l) => PLACEHOLDER.test(l));
    if (index >= 0) {
      this.problems.add(
        'template-placeholder',
        rel,
        `còn chỗ trống của mẫu "${PLACEHOLDER.exec(lines[index]!)![0]}"; điền thông tin đã kiểm chứng hoặc bỏ câu đó`,
        index + 1,
      );
    }
  }

  private readQuiz(dir: string, isTemplate = false): QuizSource | null {
    const path = join(dir, 'quiz.yaml');
    const rel = this.rel(path);
    if (!existsSync(path)) {
      this.problems.add('missing-quiz', rel, 'học phần thiếu tệp bài kiểm tra quiz.yaml');
      return null;
    }
    const text = this.readText(path);
    if (!isTemplate) this.checkPlaceholders(text, rel);
    const quiz = parseYamlWithSchema(text, quizFileSchema, rel, this.problems);
    if (!quiz) return null;
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    const questionsNode = doc.get('questions', true);
    checkQuizRules(quiz, rel, this.problems, (i) => {
      const node = isSeq(questionsNode) ? questionsNode.items[i] : undefined;
      return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
    });
    const share = this.writing?.minSituationShare;
    const situations = quiz.questions.filter((q) => q.situation).length;
    if (share !== undefined && situations < share * quiz.questions.length) {
      this.problems.add(
        'too-few-situations',
        rel,
        `${situations}/${quiz.questions.length} câu là tình huống (situation: true); cần ít nhất ${Math.round(share * 100)}%`,
      );
    }
    return {
      file: rel,
      title: quiz.title ? this.text(quiz.title, rel, 'title') : null,
      passingScore: quiz.passingScore ?? Number.NaN,
      maxAttempts: quiz.maxAttempts ?? null,
      retryAfterHours: quiz.retryAfterHours ?? DEFAULT_RETRY_AFTER_HOURS,
      questions: quiz.questions.map((q, i) => ({
        slug: q.slug,
        type: q.type,
        situation: q.situation ?? false,
        prompt: this.text(q.prompt, rel, `questions.${i}.prompt`),
        options: q.options.map((o, j) => ({
          id: o.id,
          correct: o.correct,
          text: this.text(o.text, rel, `questions.${i}.options.${j}.text`),
          explanation: this.text(o.explanation, rel, `questions.${i}.options.${j}.explanation`),
        })),
      })),
    };
  }

  private readYaml<T>(path: string, schema: ZodType<T>): T | undefined {
    const rel = this.rel(path);
    if (!existsSync(path)) {
      this.problems.add('missing-file', rel, `thiếu tệp ${basename(path)}`);
      return undefined;
    }
    return parseYamlWithSchema(this.readText(path), schema, rel, this.problems);
  }

  private readText(path: string): string {
    const text = readFileSync(path, 'utf8');
    this.hash.update(relative(this.courseDir, path)).update(text);
    return text.normalize('NFC');
  }

  /** Children named `<order>-<slug>` (folders or `.md` files), sorted by order; misnamed ones are reported. */
  private orderedEntries(dir: string, kind: 'dir' | 'md'): { path: string; slug: string; position: number }[] {
    const result: { path: string; slug: string; position: number }[] = [];
    const positions = new Map<number, string>();
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
      const isWanted = kind === 'dir' ? entry.isDirectory() : entry.isFile() && entry.name.endsWith('.md');
      if (!isWanted || entry.name.startsWith('.')) continue;
      if (kind === 'dir' && ['images', 'provinces'].includes(entry.name)) continue;
      const stem = kind === 'md' ? entry.name.slice(0, -3) : entry.name;
      const path = join(dir, entry.name);
      const match = ORDERED.exec(stem);
      if (!match) {
        if (kind === 'md' && entry.name.toLowerCase() === 'readme.md') continue;
        this.problems.add(
          'invalid-name',
          this.rel(path),
          `tên "${entry.name}" phải có dạng "01-ten-khong-dau${kind === 'md' ? '.md' : ''}"`,
        );
        continue;
      }
      const position = Number(match[1]);
      const clash = positions.get(position);
      if (clash) this.problems.add('duplicate-order', this.rel(path), `số thứ tự ${match[1]} trùng với "${clash}"`);
      positions.set(position, entry.name);
      result.push({ path, slug: match[2]!, position });
    }
    return result.sort((a, b) => a.position - b.position);
  }

  /** Normalises a plain string or a language map; the course language must be there. */
  private text(input: LocalizedInput, file: string, key: string): LocalizedText {
    const value: Record<string, string> = typeof input === 'string' ? { [this.language]: input } : input;
    if (!value[this.language]) {
      this.problems.add('missing-language', file, `"${key}" thiếu bản ngôn ngữ chính "${this.language}"`);
    }
    const text = Object.fromEntries(Object.entries(value).map(([lang, t]) => [lang, t.trim().normalize('NFC')]));
    return { ...text, vi: text.vi ?? '' };
  }

  /**
   * The issuing body printed on certificates. The Ministry of Information and Communications was merged into the
   * Ministry of Science and Technology in 2025 (NĐ 55/2025/NĐ-CP): a new certificate must never name it.
   */
  private issuerText(input: LocalizedInput, file: string): LocalizedText {
    const text = this.text(input, file, 'issuer');
    if (Object.values(text).some((t) => FORMER_MINISTRY.test(t)))
      this.problems.add(
        'former-issuer',
        file,
        '"issuer" ghi Bộ Thông tin và Truyền thông, cơ quan đã hợp nhất vào Bộ Khoa học và Công nghệ từ 2025; hãy ghi Sở Khoa học và Công nghệ của tỉnh',
      );
    return text;
  }

  private assetPath(path: string): string {
    return relative(this.courseDir, normalize(path)).split(sep).join('/');
  }

  private rel(path: string): string {
    return relative(this.reportBase, path).split(sep).join('/') || '.';
  }
}

function withDefaultPassingScore(module: ModuleSource, score: number): ModuleSource {
  const fix = (quiz: QuizSource | null): QuizSource | null =>
    quiz && Number.isNaN(quiz.passingScore) ? { ...quiz, passingScore: score } : quiz;
  return { ...module, quiz: fix(module.quiz), variants: module.variants.map((v) => ({ ...v, quiz: fix(v.quiz) })) };
}

const FORMER_MINISTRY = /th[ôo]ng tin (v[àa] |& ?)truy[ềe]n th[ôo]ng|ministry of information and communications|\bBTTTT\b|\bTT&TT\b/i;

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
