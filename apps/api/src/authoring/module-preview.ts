import { compareLessonOrder, PROVINCE_CODES, withFiles } from '@lantoa/course-format';
import { policies } from '../authorization/policies.js';
import { DomainError } from '../errors/domain-error.js';
import type { Viewer } from '../identity/viewer.js';
import { lessonLocation, moduleDirs, quizPath, type LessonLocation } from './course-paths.js';
import { lessonFields, quizFields, yamlTitle } from './draft-content.js';
import type { Workspace } from './drafts.service.js';
import type { ModulePreviewModel } from './models/authoring.models.js';

export interface ModulePreviewArgs {
  moduleSlug: string;
  /** The learners' province; null: learners with no province content (national lessons only). */
  provinceCode: string | null;
  /** The open draft to apply; null: as published. */
  draftId: string | null;
}

/**
 * A module as a learner of a province would see it with an open draft applied (issue 17, "preview as a learner
 * of a chosen province"): the national lessons plus the province's, in the order the learner's pages use
 * (`compareLessonOrder`), the title of the province's part when it has one, and how many questions its quiz has.
 * Any author may preview the published content for any province; a draft only by those who may see it in the
 * review queue (every file of it in their scope).
 */
export function previewModule(ws: Workspace, viewer: Viewer, args: ModulePreviewArgs): ModulePreviewModel {
  if (!policies.author(viewer)) throw DomainError.forbidden();
  const province = args.provinceCode || null;
  if (province !== null && !PROVINCE_CODES.has(province)) {
    throw DomainError.invalid([{ field: 'provinceCode', messageKey: 'input.provinceCode' }]);
  }
  const draft = args.draftId ? ws.drafts.find((d) => d.id === args.draftId) : undefined;
  if (args.draftId && !draft) throw DomainError.notFound('authoring.draftNotFound');
  if (draft && !Object.keys(draft.files).every((p) => policies.editCourseFile(viewer, p))) throw DomainError.forbidden();

  const changes = draft?.files ?? {};
  const files = withFiles(ws.published.version.tree, changes).files;
  const dir = moduleDirs(Object.keys(files)).get(args.moduleSlug);
  if (!dir) throw DomainError.notFound('authoring.moduleNotFound');

  const lessons = Object.keys(files)
    .map(lessonLocation)
    .filter((l): l is LessonLocation => l !== null && l.moduleDir === dir && (l.provinceCode === null || l.provinceCode === province))
    .map((l) => {
      const fields = lessonFields(files[l.path]!);
      return {
        slug: l.slug,
        title: fields.title,
        minutes: fields.minutes,
        position: l.position,
        provinceCode: l.provinceCode,
        path: l.path,
        changed: l.path in changes,
      };
    })
    .sort((a, b) => compareLessonOrder(a, b) || a.slug.localeCompare(b.slug));

  const questionCount = (path: string) => {
    const text = files[path];
    return text === undefined ? null : quizFields(text).questions.length;
  };
  const national = questionCount(quizPath(dir, null));
  const own = province ? questionCount(quizPath(dir, province)) : null;
  const variantTitle = province ? yamlTitle(files[`${dir}/provinces/${province}/module.yaml`]) : '';
  return {
    courseSlug: ws.published.slug,
    moduleSlug: args.moduleSlug,
    provinceCode: province,
    title: variantTitle || yamlTitle(files[`${dir}/module.yaml`]),
    lessons,
    quizQuestionCount: national === null && own === null ? null : (national ?? 0) + (own ?? 0),
    provinceQuestionCount: own ?? 0,
    draftId: draft?.id ?? null,
  };
}
