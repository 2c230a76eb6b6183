import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { ProblemList } from './problems.js';

const TYPE_NAMES: Record<string, string> = {
  string: 'một chuỗi chữ',
  number: 'một số',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một nhóm khóa',
};

/**
 * Parses YAML text and validates it against a schema, turning every YAML or schema error into a problem
 * with the line where it sits. `lineOffset` shifts lines for YAML embedded in a file (lesson front matter).
 */
export function parseYamlWithSchema<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  problems: ProblemList,
  lineOffset = 0,
): z.infer<S> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
      problems.add('yaml-syntax', file, `YAML không đọc được: ${error.message.split('\n')[0]}`, line || undefined);
    }
    return undefined;
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const line = lineOf(doc, lineCounter, path);
    const at = path.length > 0 ? `"${path.join('.')}"` : 'tệp';
    // Zod does not echo the input, so "missing" is read from the document itself.
    const missing = issue.code !== 'unrecognized_keys' && path.length > 0 && doc.getIn(path) === undefined;
    const [code, message] = missing ? ['missing-key', `thiếu ${at}`] : [codeOf(issue), describeIssue(issue, at)];
    problems.add(code, file, message, line ? line + lineOffset : undefined, path.length > 0 ? path.join('.') : undefined);
  }
  return undefined;
}

function lineOf(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function codeOf(issue: z.core.$ZodIssue): string {
  return issue.code === 'unrecognized_keys' ? 'unknown-key' : 'invalid-value';
}

function describeIssue(issue: z.core.$ZodIssue, at: string): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `khóa không được biết: ${issue.keys.map((k) => `"${k}"`).join(', ')} tại ${at}`;
    case 'invalid_type':
      return `${at} phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return `${at} không được để trống`;
      if (issue.origin === 'array') return `${at} cần ít nhất ${String(issue.minimum)} mục`;
      return `${at} phải lớn hơn${issue.inclusive ? ' hoặc bằng' : ''} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `${at} có nhiều nhất ${String(issue.maximum)} mục`;
      return `${at} phải nhỏ hơn${issue.inclusive ? ' hoặc bằng' : ''} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `${at} phải là một trong: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `${at} sai định dạng (chỉ chữ thường không dấu, số và dấu gạch ngang)`;
    case 'invalid_union':
      return `${at} phải là chữ hoặc nhóm theo ngôn ngữ (ví dụ vi: "…", en: "…"), không để trống`;
    case 'not_multiple_of':
      return `${at} phải là số nguyên`;
    default:
      return `${at}: ${issue.message}`;
  }
}
