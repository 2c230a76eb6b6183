/** Text per language, e.g. `{ vi: "Bài 1", en: "Lesson 1" }`; Vietnamese is always there. */
export type LocalizedText = { vi: string } & Record<string, string>;

export type QuestionType = 'single' | 'multiple' | 'true_false';

export interface QuizOption {
  id: string;
  text: LocalizedText;
  correct: boolean;
  explanation: LocalizedText;
}

export interface QuizQuestion {
  slug: string;
  type: QuestionType;
  /** A situation to act on rather than recall (docs/course-writing-guide.md). */
  situation: boolean;
  prompt: LocalizedText;
  options: QuizOption[];
}

export interface QuizSource {
  file: string;
  title: LocalizedText | null;
  passingScore: number;
  /** Attempts per round; null when unlimited. */
  maxAttempts: number | null;
  /** Waiting time between rounds, in hours (24 when the file says nothing). */
  retryAfterHours: number;
  questions: QuizQuestion[];
}

export interface LessonSource {
  slug: string;
  position: number;
  file: string;
  title: LocalizedText;
  minutes: number;
  objectives: LocalizedText[];
  /** Markdown without the front matter. */
  body: string;
  wordCount: number;
  /** Images as written in the Markdown (`src`) and where they sit in the course folder (`path`, see CourseAsset). */
  images: { src: string; path: string }[];
}

/**
 * Content a province adds to a module (`provinces/<code>/`). Its learners see the national lessons plus these
 * (`lessonsForProvince`), and take `quiz`: the national questions followed by the province's own
 * (`composeProvinceQuiz`), so it covers both.
 */
export interface ModuleVariantSource {
  provinceCode: string;
  title: LocalizedText | null;
  summary: LocalizedText | null;
  /** The province's issuing body for certificates, when its folder names one (else the course's issuer). */
  issuer: LocalizedText | null;
  /** The province's own lessons only. */
  lessons: LessonSource[];
  /** The composed quiz (national + province questions). */
  quiz: QuizSource | null;
  /** How many questions of `quiz` are the province's own (they come last). */
  ownQuestionCount: number;
}

export interface ModuleSource {
  slug: string;
  position: number;
  dir: string;
  title: LocalizedText;
  summary: LocalizedText;
  lessons: LessonSource[];
  quiz: QuizSource | null;
  variants: ModuleVariantSource[];
}

export interface CourseSource {
  slug: string;
  language: string;
  title: LocalizedText;
  summary: LocalizedText;
  issuer: LocalizedText;
  quizPassingScore: number;
  modules: ModuleSource[];
  /** Image files (module-relative path prefixed by the module folder) with their bytes. */
  assets: CourseAsset[];
  /** sha256 over every file that was read, so an import can tell whether anything changed. */
  contentHash: string;
  /** Every file of the course folder as it was read (what a content version keeps and an export writes back). */
  tree: CourseTree;
}

/**
 * A course folder as data: paths relative to the course folder (`01-x/02-y.md`), text files as text and every other
 * file (images) as base64. Stored with each content version, so any version can be validated, exported or restored.
 */
export interface CourseTree {
  slug: string;
  files: Record<string, string>;
  blobs: Record<string, string>;
}

export interface CourseAsset {
  /** Path relative to the course folder, e.g. `05-an-toan/images/sms.svg`. */
  path: string;
  contentType: string;
  data: Buffer;
}
