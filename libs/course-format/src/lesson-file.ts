import { parse, stringify } from 'yaml';
import { lessonFrontMatterSchema, type LessonFrontMatter } from './schemas.js';
import { parseYamlWithSchema } from './yaml-file.js';
import type { ProblemList } from './problems.js';

export interface ParsedLessonFile {
  frontMatter: LessonFrontMatter;
  body: string;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
}

/** Splits `---` front matter from the Markdown body and validates it. */
export function parseLessonFile(text: string, file: string, problems: ProblemList): ParsedLessonFile | undefined {
  const normalized = text.replace(/\r\n/g, '\n');
  if (!normalized.startsWith('---\n')) {
    problems.add('missing-front-matter', file, 'bài học phải bắt đầu bằng phần đầu YAML giữa hai dòng "---"', 1);
    return undefined;
  }
  const end = normalized.indexOf('\n---', 3);
  if (end < 0) {
    problems.add('missing-front-matter', file, 'không thấy dòng "---" đóng phần đầu YAML', 1);
    return undefined;
  }
  const yamlText = normalized.slice(4, end + 1);
  const frontMatter = parseYamlWithSchema(yamlText, lessonFrontMatterSchema, file, problems, 1);
  const afterFence = normalized.indexOf('\n', end + 1);
  const body = afterFence < 0 ? '' : normalized.slice(afterFence + 1);
  const bodyLine = normalized.slice(0, afterFence + 1).split('\n').length;
  if (!frontMatter) return undefined;
  return { frontMatter, body, bodyLine };
}

const IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const RAW_HTML = /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/;

export interface MarkdownImage {
  alt: string;
  src: string;
  line: number;
}

/** Images referenced by the body, with the file line of each (for problem reports). */
export function findImages(body: string, bodyLine: number): MarkdownImage[] {
  const images: MarkdownImage[] = [];
  body.split('\n').forEach((lineText, index) => {
    for (const match of lineText.matchAll(IMAGE)) {
      images.push({ alt: (match[1] ?? '').trim(), src: match[2] ?? '', line: bodyLine + index });
    }
  });
  return images;
}

/** First line holding raw HTML outside code, which the reader would not render. */
export function findRawHtmlLine(body: string, bodyLine: number): number | undefined {
  let inFence = false;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && RAW_HTML.test(line.replace(/`[^`]*`/g, ''))) return bodyLine + i;
  }
  return undefined;
}

export function countWords(markdown: string): number {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/[#>*_`|[\]()-]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A lesson file from its front matter and Markdown body (what the browser editor saves). */
export function formatLessonFile(frontMatter: Record<string, unknown>, body: string): string {
  const yamlText = stringify(frontMatter, { lineWidth: 0 });
  const text = body.replace(/\r\n/g, '\n').replace(/^\n+/, '');
  return `---\n${yamlText}---\n\n${text.endsWith('\n') || text === '' ? text : `${text}\n`}`.normalize('NFC');
}

/** A YAML file (quiz.yaml, module.yaml) from its data, in the style the writers use. */
export function formatYamlFile(data: Record<string, unknown>): string {
  return stringify(data, { lineWidth: 0 }).normalize('NFC');
}

/**
 * Front matter and body of a lesson file without validating them (an editor must be able to open a broken draft).
 * Unreadable front matter comes back as `{}`.
 */
export function splitLessonFile(text: string): { frontMatter: Record<string, unknown>; body: string } {
  const normalized = text.replace(/\r\n/g, '\n');
  const end = normalized.startsWith('---\n') ? normalized.indexOf('\n---', 3) : -1;
  if (end < 0) return { frontMatter: {}, body: normalized };
  let frontMatter: unknown;
  try {
    frontMatter = parse(normalized.slice(4, end + 1)) ?? {};
  } catch {
    frontMatter = {};
  }
  const afterFence = normalized.indexOf('\n', end + 1);
  const body = afterFence < 0 ? '' : normalized.slice(afterFence + 1).replace(/^\n/, '');
  return { frontMatter: typeof frontMatter === 'object' && frontMatter ? (frontMatter as Record<string, unknown>) : {}, body };
}
