import { createHash } from 'node:crypto';
import { TEMPLATE_DIR } from '@lantoa/course-format';

/** Where a lesson file sits: `<module dir>/[provinces/<code>/]<NN>-<slug>.md`. */
export interface LessonLocation {
  path: string;
  moduleDir: string;
  provinceCode: string | null;
  position: number;
  slug: string;
}

const LESSON_PATH = /^((\d{1,3})-([a-z0-9-]+))\/(?:provinces\/(\d{2}|_template)\/)?(\d{1,3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

export function lessonLocation(path: string): LessonLocation | null {
  const m = LESSON_PATH.exec(path);
  if (!m || m[4] === TEMPLATE_DIR) return null;
  return { path, moduleDir: m[1]!, provinceCode: m[4] ?? null, position: Number(m[5]), slug: m[6]! };
}

/** Path of the lesson `slug` among `paths` (templates never count). */
export function findLessonPath(paths: Iterable<string>, slug: string): string | undefined {
  for (const path of paths) if (lessonLocation(path)?.slug === slug) return path;
  return undefined;
}

export function lessonPath(moduleDir: string, provinceCode: string | null, position: number, slug: string): string {
  return `${folderOf(moduleDir, provinceCode)}/${String(position).padStart(2, '0')}-${slug}.md`;
}

export function folderOf(moduleDir: string, provinceCode: string | null): string {
  return provinceCode ? `${moduleDir}/provinces/${provinceCode}` : moduleDir;
}

export function quizPath(moduleDir: string, provinceCode: string | null): string {
  return `${folderOf(moduleDir, provinceCode)}/quiz.yaml`;
}

export function templateFolder(moduleDir: string): string {
  return `${moduleDir}/provinces/${TEMPLATE_DIR}`;
}

/** Module folders (`NN-slug`) by module slug. */
export function moduleDirs(paths: Iterable<string>): Map<string, string> {
  const dirs = new Map<string, string>();
  for (const path of paths) {
    const m = /^((\d{1,3})-([a-z0-9-]+))\/module\.yaml$/.exec(path);
    if (m) dirs.set(m[3]!, m[1]!);
  }
  return dirs;
}

/** The province a path belongs to (`<module>/provinces/<code>/…`), null for national content. */
export function provinceOfPath(path: string): string | null {
  return /^[^/]+\/provinces\/(\d{2})\//.exec(path)?.[1] ?? null;
}

/** The province of a draft: the one all its files belong to, else null (national). */
export function provinceOfPaths(paths: string[]): string | null {
  const codes = new Set(paths.map(provinceOfPath));
  return codes.size === 1 ? [...codes][0]! : null;
}

export function textHash(text: string | null | undefined): string | null {
  return text === null || text === undefined ? null : createHash('sha256').update(text).digest('hex').slice(0, 20);
}

/**
 * The revision an editor opened: the hash of the text it showed ('new' for a file not there yet, 'archived' for a
 * lesson removed in the draft). A save carrying another revision than the current one is stale.
 */
export function revisionOf(text: string | null | undefined): string {
  if (text === undefined) return 'new';
  if (text === null) return 'archived';
  return textHash(text)!;
}
