import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { DomainError } from '../errors/domain-error.js';
import type { MessageKey } from '../errors/messages.js';

/** C0 controls but tab, line feed and carriage return, and DEL: never meaningful in text a person typed. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Arguments and input fields whose name says what they hold, checked by pattern wherever they appear, so a bad
 * value is refused at the edge with the field named instead of reaching SQL (ltree, uuid) as a server error.
 * A key is an argument / input field name, or `Type.field.argument` for one place only.
 */
const PATTERNS: Record<string, { pattern: RegExp; messageKey: MessageKey; max?: number }> = {
  provinceCode: { pattern: /^\d{2}$/, messageKey: 'input.provinceCode' },
  'Query.adminUnit.code': { pattern: /^(\d{2}|\d{5})$/, messageKey: 'input.unitCode' },
  slug: { pattern: SLUG, messageKey: 'input.slug', max: 100 },
  courseSlug: { pattern: SLUG, messageKey: 'input.slug', max: 100 },
  lessonSlug: { pattern: SLUG, messageKey: 'input.slug', max: 100 },
  teamId: { pattern: UUID, messageKey: 'input.id' },
  userId: { pattern: UUID, messageKey: 'input.id' },
  lessonId: { pattern: UUID, messageKey: 'input.id' },
  quizId: { pattern: UUID, messageKey: 'input.id' },
  draftId: { pattern: UUID, messageKey: 'input.id' },
  versionId: { pattern: UUID, messageKey: 'input.id' },
};

/** Longest string any argument may carry (a CSV import of 500 rows is the largest legitimate one). */
const MAX_STRING = 200_000;

interface Problem {
  field: string;
  messageKey: MessageKey;
}

/**
 * Checks every argument of every field before its resolver runs: control characters are refused in every string
 * (deep, through input objects and lists), and codes, slugs and ids must match their pattern. One BAD_USER_INPUT
 * error names each bad field, in Vietnamese and English.
 */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const prefix = `${type.name}.${field.name}`;
      field.resolve = (source, args: Record<string, unknown>, ctx, info) => {
        const problems: Problem[] = [];
        // Fields of a mutation's `input` are named as the services name them (`fullName`, not `input.fullName`).
        for (const [name, value] of Object.entries(args)) check(value, name, name === 'input' ? '' : name, `${prefix}.${name}`, problems);
        if (problems.length > 0) throw DomainError.invalid(problems);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

function check(value: unknown, name: string, path: string, placeKey: string, problems: Problem[]): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') {
    if (CONTROL.test(value)) problems.push({ field: path, messageKey: 'input.controlCharacters' });
    else if (value.length > MAX_STRING) problems.push({ field: path, messageKey: 'input.tooLong' });
    else {
      const rule = PATTERNS[placeKey] ?? PATTERNS[name];
      if (rule && (!rule.pattern.test(value) || value.length > (rule.max ?? Infinity)))
        problems.push({ field: path, messageKey: rule.messageKey });
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => check(item, name, join(path, String(i)), placeKey, problems));
    return;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) check(inner, key, join(path, key), key, problems);
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
