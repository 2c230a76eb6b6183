import { withFiles, type CourseTree } from '@lantoa/course-format';
import { policies } from '../authorization/policies.js';
import type { Viewer } from '../identity/viewer.js';
import { folderOf, lessonLocation, moduleDirs, quizPath, templateFolder } from './course-paths.js';
import { lessonFields, yamlTitle } from './draft-content.js';
import type { ContentDraft } from './entities/index.js';
import type { AuthoringCourseModel } from './models/authoring.models.js';

/** What the viewer may edit in a course, module by module, with the open drafts' changes shown. */
export function authoringOutline(slug: string, tree: CourseTree, drafts: ContentDraft[], viewer: Viewer): AuthoringCourseModel {
  const overlay = Object.assign({}, ...drafts.map((d) => d.files)) as Record<string, string | null>;
  const files = withFiles(tree, overlay).files;
  const draftOf = (path: string) => drafts.find((d) => path in d.files)?.id ?? null;
  const national = policies.editCourseFile(viewer, 'course.yaml');
  const provinces = viewer.grants.filter((g) => g.role === 'TRAINER' && g.scopeCode).map((g) => g.scopeCode!);
  const paths = Object.keys(files);
  const modules = [...moduleDirs(paths).entries()]
    .sort(([, a], [, b]) => (a < b ? -1 : 1))
    .map(([moduleSlug, dir]) => {
      const lessons = paths
        .map(lessonLocation)
        .filter((l) => l !== null && l.moduleDir === dir)
        .map((l) => ({
          slug: l!.slug,
          title: lessonFields(files[l!.path]!).title,
          position: l!.position,
          provinceCode: l!.provinceCode,
          canEdit: policies.editCourseFile(viewer, l!.path),
          draftId: draftOf(l!.path),
        }))
        .sort((a, b) => a.position - b.position || (a.provinceCode ?? '').localeCompare(b.provinceCode ?? ''));
      const codes = [
        ...new Set(paths.map((p) => new RegExp(`^${dir}/provinces/(\\d{2})/`).exec(p)?.[1]).filter((c): c is string => !!c)),
      ].sort();
      const hasTemplate = paths.some((p) => p.startsWith(`${templateFolder(dir)}/`));
      const quizzes = ['', ...new Set([...codes, ...(hasTemplate ? provinces : [])])].filter((code) =>
        policies.editCourseFile(viewer, code ? quizPath(dir, code) : `${folderOf(dir, null)}/quiz.yaml`),
      );
      return {
        slug: moduleSlug,
        title: yamlTitle(files[`${dir}/module.yaml`]),
        provinces: codes,
        hasTemplate,
        lessons,
        editableQuizzes: quizzes,
      };
    });
  return { courseSlug: slug, national, provinces, modules };
}
