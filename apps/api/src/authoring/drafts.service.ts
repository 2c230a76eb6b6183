import { Injectable } from '@nestjs/common';
import { loadCourseTree, withFiles, type CourseTree } from '@lantoa/course-format';
import { DataSource, In, type EntityManager } from 'typeorm';
import { policies } from '../authorization/policies.js';
import { ContentVersionsService, type PublishedCourse } from '../catalog/content-versions.service.js';
import { DomainError } from '../errors/domain-error.js';
import { message } from '../errors/messages.js';
import type { Viewer } from '../identity/viewer.js';
import {
  findLessonPath,
  folderOf,
  lessonLocation,
  lessonPath,
  moduleDirs,
  provinceOfPaths,
  quizPath,
  revisionOf,
  templateFolder,
  textHash,
} from './course-paths.js';
import { lessonFields, lessonFileFor, quizFields, quizFileFor, type QuizFields } from './draft-content.js';
import type { SaveLessonDraftInput, SaveQuizDraftInput } from './dto/authoring.inputs.js';
import { ContentDraft, OPEN_STATUSES } from './entities/index.js';
import {
  DraftStatusValue,
  type ContentProblemModel,
  type DraftConflictModel,
  type DraftModel,
  type LessonDraftModel,
  type QuizDraftModel,
} from './models/authoring.models.js';

/** Where an uploaded image goes: beside an existing lesson, or (a new lesson) in a module's or province's folder. */
export interface AddImageTarget {
  courseSlug: string;
  lessonSlug?: string | null;
  moduleSlug?: string | null;
  provinceCode?: string | null;
  draftId?: string | null;
}

/** A course as the editor sees it: the published folder with one open draft's changes over it. */
export interface Workspace {
  published: PublishedCourse;
  drafts: ContentDraft[];
}

/**
 * Drafts of lessons and quizzes: opening one (the published text, or the open draft that holds it), saving with a
 * check that nobody saved since it was opened, and validation by the course format's own loader. A file is in at
 * most one open draft; every write to a course's drafts holds the course's authoring lock.
 */
@Injectable()
export class DraftsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: ContentVersionsService,
  ) {}

  async published(courseSlug: string): Promise<PublishedCourse> {
    const published = await this.versions.published(courseSlug);
    if (!published) {
      const known = (await this.versions.courseSlugs()).includes(courseSlug);
      throw known ? new DomainError('CONFLICT', 'authoring.noTree') : DomainError.notFound('authoring.courseNotFound');
    }
    return published;
  }

  async openDrafts(courseId: string, em: EntityManager = this.dataSource.manager): Promise<ContentDraft[]> {
    return em.find(ContentDraft, { where: { courseId, status: In(OPEN_STATUSES) }, order: { createdAt: 'ASC' } });
  }

  async findDraft(draftId: string, em: EntityManager = this.dataSource.manager): Promise<ContentDraft> {
    const draft = await em.findOne(ContentDraft, { where: { id: draftId } });
    if (!draft) throw DomainError.notFound('authoring.draftNotFound');
    return draft;
  }

  /** Problems the course format finds in the course with this draft's changes, by file and field. */
  validate(tree: CourseTree, files: Record<string, string | null>, blobs: Record<string, string | null> = {}): ContentProblemModel[] {
    const { problems } = loadCourseTree(withFiles(tree, files, blobs));
    return problems.map((p) => ({ path: p.file, field: p.field ?? null, code: p.code, message: p.message, line: p.line ?? null }));
  }

  async lessonDraft(viewer: Viewer, courseSlug: string, lessonSlug: string): Promise<LessonDraftModel> {
    const ws = await this.workspace(courseSlug);
    const found = this.locateLesson(ws, lessonSlug);
    if (!found) throw DomainError.notFound('authoring.lessonNotFound');
    if (!policies.editCourseFile(viewer, found.path)) throw DomainError.forbidden();
    return this.lessonView(ws, lessonSlug, found.draft, viewer);
  }

  async quizDraft(viewer: Viewer, courseSlug: string, moduleSlug: string, provinceCode: string | null): Promise<QuizDraftModel> {
    const ws = await this.workspace(courseSlug);
    const path = this.quizPathOf(ws, moduleSlug, provinceCode);
    if (!policies.editCourseFile(viewer, path)) throw DomainError.forbidden();
    return this.quizView(ws, moduleSlug, provinceCode, viewer);
  }

  async saveLesson(
    viewer: Viewer,
    input: SaveLessonDraftInput,
  ): Promise<{ lesson: LessonDraftModel; conflict: DraftConflictModel | null }> {
    return this.locked(input.courseSlug, async (em, ws) => {
      const found = this.locateLesson(ws, input.lessonSlug);
      const fields = { title: input.title, minutes: input.minutes, objectives: input.objectives, body: input.body };
      const current = found ? found.text : undefined;
      const yours = input.archived ? null : lessonFileFor(current ?? null, fields);
      if (revisionOf(current) !== input.revision) {
        return { lesson: await this.lessonView(ws, input.lessonSlug, found?.draft ?? null, viewer), conflict: conflict(yours, current) };
      }
      let target: string;
      const changes: Record<string, string | null> = {};
      if (found) {
        const at = lessonLocation(found.path)!;
        target = lessonPath(at.moduleDir, at.provinceCode, input.position ?? at.position, at.slug);
        if (target !== found.path) changes[found.path] = null;
      } else {
        const moduleDir = moduleDirs(Object.keys(ws.published.version.tree.files)).get(input.moduleSlug ?? '');
        if (!moduleDir) throw DomainError.notFound('authoring.moduleNotFound');
        const province = input.provinceCode ?? null;
        const siblings = Object.keys(this.effective(ws, null))
          .map(lessonLocation)
          .filter((l) => l && l.moduleDir === moduleDir && l.provinceCode === province);
        const position = input.position ?? Math.max(0, ...siblings.map((l) => l!.position)) + 1;
        target = lessonPath(moduleDir, province, position, input.lessonSlug);
        if (province) Object.assign(changes, this.provinceStart(ws, moduleDir, province));
      }
      changes[target] = yours;
      const draft = await this.apply(
        em,
        ws,
        viewer,
        this.holder(ws, found?.draft ?? null, input.draftId),
        changes,
        `Bài: ${input.title.trim() || input.lessonSlug}`,
      );
      ws.drafts = [...ws.drafts.filter((d) => d.id !== draft.id), draft];
      return { lesson: await this.lessonView(ws, input.lessonSlug, draft, viewer), conflict: null };
    });
  }

  async saveQuiz(viewer: Viewer, input: SaveQuizDraftInput): Promise<{ quiz: QuizDraftModel; conflict: DraftConflictModel | null }> {
    return this.locked(input.courseSlug, async (em, ws) => {
      const province = input.provinceCode ?? null;
      const path = this.quizPathOf(ws, input.moduleSlug, province);
      const holder = ws.drafts.find((d) => path in d.files) ?? null;
      const current = this.effective(ws, holder)[path];
      const fields: QuizFields = {
        title: input.title ?? null,
        passingScore: input.passingScore ?? null,
        maxAttempts: input.maxAttempts ?? null,
        retryAfterHours: input.retryAfterHours ?? null,
        questions: input.questions,
      };
      const start = current ?? this.templateQuiz(ws, path);
      const yours = quizFileFor(start ?? null, fields);
      if (revisionOf(current) !== input.revision) {
        return { quiz: await this.quizView(ws, input.moduleSlug, province, viewer), conflict: conflict(yours, current) };
      }
      const changes: Record<string, string | null> = { [path]: yours };
      if (province && current === undefined) {
        const moduleDir = path.split('/')[0]!;
        Object.assign(changes, this.provinceStart(ws, moduleDir, province), { [path]: yours });
      }
      const draft = await this.apply(
        em,
        ws,
        viewer,
        holder,
        changes,
        `Bài kiểm tra: ${input.moduleSlug}${province ? ` (${province})` : ''}`,
      );
      ws.drafts = [...ws.drafts.filter((d) => d.id !== draft.id), draft];
      return { quiz: await this.quizView(ws, input.moduleSlug, province, viewer), conflict: null };
    });
  }

  /**
   * Puts an image (WebP bytes, already checked and re-encoded) into a draft, in `images/` beside the lesson (a new
   * lesson: beside where it will be). It goes into the draft that holds the lesson, else the one asked for, else a new
   * one: the lesson's text that uses it must be saved into the same draft (`draftId`), as validation reads one draft.
   */
  async addImage(
    viewer: Viewer,
    input: AddImageTarget,
    name: string,
    data: Buffer,
  ): Promise<{ draftId: string | null; path: string; src: string }> {
    return this.locked(input.courseSlug, async (em, ws) => {
      const found = input.lessonSlug ? this.locateLesson(ws, input.lessonSlug) : null;
      let folder: string;
      if (found) folder = found.path.split('/').slice(0, -1).join('/');
      else {
        if (input.lessonSlug && !input.moduleSlug) throw DomainError.notFound('authoring.lessonNotFound');
        const moduleDir = moduleDirs(Object.keys(ws.published.version.tree.files)).get(input.moduleSlug ?? '');
        if (!moduleDir) throw DomainError.notFound('authoring.moduleNotFound');
        folder = folderOf(moduleDir, input.provinceCode ?? null);
      }
      const path = `${folder}/images/${name}`;
      if (!policies.editCourseFile(viewer, path)) throw DomainError.forbidden();
      const holder = this.holder(ws, found?.draft ?? null, input.draftId);
      const base64 = data.toString('base64');
      // The same picture is published there already (names carry a hash of the bytes): nothing to add.
      if (ws.published.version.tree.blobs[path] === base64) return { draftId: holder?.id ?? null, path, src: `images/${name}` };
      const title = found?.text ? `Bài: ${lessonFields(found.text).title}` : `Ảnh: ${name}`;
      const draft = await this.apply(em, ws, viewer, holder, {}, title, { [path]: base64 });
      return { draftId: draft.id, path, src: `images/${name}` };
    });
  }

  /** An image as the editor previews it: from the open draft that holds it, else as published. */
  async image(viewer: Viewer, courseSlug: string, path: string): Promise<Buffer> {
    if (!policies.editCourseFile(viewer, path)) throw DomainError.forbidden();
    const ws = await this.workspace(courseSlug);
    const data = ws.drafts.find((d) => typeof d.blobs[path] === 'string')?.blobs[path] ?? ws.published.version.tree.blobs[path];
    if (!data) throw DomainError.notFound('authoring.imageNotFound');
    return Buffer.from(data, 'base64');
  }

  /** The draft a change goes into: the one already holding the file, else the one asked for, else a new one. */
  private holder(ws: Workspace, holding: ContentDraft | null, draftId: string | null | undefined): ContentDraft | null {
    if (!draftId) return holding;
    const asked = ws.drafts.find((d) => d.id === draftId);
    if (!asked) throw DomainError.notFound('authoring.draftNotFound');
    if (holding && holding !== asked) throw new DomainError('CONFLICT', 'authoring.draftOfOther', {}, [], { draftId: holding.id });
    return asked;
  }

  /** Runs `work` holding the course's authoring lock, on the course as published with its open drafts. */
  async locked<T>(courseSlug: string, work: (em: EntityManager, ws: Workspace) => Promise<T>): Promise<T> {
    const published = await this.published(courseSlug);
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`authoring:${courseSlug}`]);
      // Published content may have moved while waiting for the lock.
      const fresh = (await this.versions.published(courseSlug)) ?? published;
      return work(em, { published: fresh, drafts: await this.openDrafts(fresh.courseId, em) });
    });
  }

  /** Drafts as the API shows them: what each changes against the published text, and what the viewer may do. */
  async describe(ws: Workspace, drafts: ContentDraft[], viewer: Viewer): Promise<DraftModel[]> {
    const ids = [...new Set(drafts.flatMap((d) => [d.authorId, d.reviewerId]).filter((id): id is string => !!id))];
    const names = new Map(
      ids.length
        ? (
            await this.dataSource.query<{ id: string; full_name: string }[]>('SELECT id, full_name FROM users WHERE id = ANY($1)', [ids])
          ).map((u) => [u.id, u.full_name])
        : [],
    );
    const published = ws.published.version.tree.files;
    const publishedBlobs = ws.published.version.tree.blobs;
    return drafts.map((d) => {
      const paths = draftPaths(d).sort();
      return {
        id: d.id,
        courseSlug: ws.published.slug,
        provinceCode: d.provinceCode,
        title: d.title,
        status: d.status as DraftStatusValue,
        authorName: d.authorId ? (names.get(d.authorId) ?? null) : null,
        reviewerName: d.reviewerId ? (names.get(d.reviewerId) ?? null) : null,
        reviewComment: d.reviewComment,
        submittedAt: d.submittedAt,
        updatedAt: d.updatedAt,
        files: Object.keys(d.files)
          .sort()
          .map((path) => ({
            path,
            change: d.files[path] === null ? 'REMOVED' : published[path] === undefined ? 'ADDED' : 'CHANGED',
            before: published[path] ?? null,
            after: d.files[path] ?? null,
          })),
        images: Object.keys(d.blobs)
          .sort()
          .map((path) => ({ path, change: d.blobs[path] === null ? 'REMOVED' : publishedBlobs[path] === undefined ? 'ADDED' : 'CHANGED' })),
        blobs: d.blobs,
        mine: !!viewer.actorId && d.contributorIds.includes(viewer.actorId),
        canReview: policies.approveDraft(viewer, { paths, contributorIds: d.contributorIds }),
        paths,
        contributorIds: d.contributorIds,
      };
    });
  }

  /** Open drafts of a course the viewer may edit (all their files), oldest first: the review queue. */
  async listOpen(viewer: Viewer, courseSlug: string): Promise<DraftModel[]> {
    const ws = await this.workspace(courseSlug);
    const visible = ws.drafts.filter((d) => draftPaths(d).every((p) => policies.editCourseFile(viewer, p)));
    return this.describe(ws, visible, viewer);
  }

  async workspace(courseSlug: string): Promise<Workspace> {
    const published = await this.published(courseSlug);
    return { published, drafts: await this.openDrafts(published.courseId) };
  }

  /** Published files with one draft's changes over them. */
  private effective(ws: Workspace, draft: ContentDraft | null): Record<string, string> {
    return withFiles(ws.published.version.tree, draft?.files ?? {}).files;
  }

  /** The lesson's file and text now: in the open draft that holds it, else as published. */
  private locateLesson(ws: Workspace, slug: string): { path: string; text: string | null; draft: ContentDraft | null } | null {
    const draft = ws.drafts.find((d) => findLessonPath(Object.keys(d.files), slug) !== undefined) ?? null;
    if (draft) {
      const inDraft = Object.entries(draft.files).filter(([p]) => lessonLocation(p)?.slug === slug);
      const live = inDraft.find(([, text]) => text !== null);
      return live ? { path: live[0], text: live[1], draft } : { path: inDraft[0]![0], text: null, draft };
    }
    const path = findLessonPath(Object.keys(ws.published.version.tree.files), slug);
    return path ? { path, text: ws.published.version.tree.files[path]!, draft: null } : null;
  }

  private quizPathOf(ws: Workspace, moduleSlug: string, provinceCode: string | null): string {
    const moduleDir = moduleDirs(Object.keys(ws.published.version.tree.files)).get(moduleSlug);
    if (!moduleDir) throw DomainError.notFound('authoring.moduleNotFound');
    return quizPath(moduleDir, provinceCode);
  }

  private templateQuiz(ws: Workspace, path: string): string | undefined {
    return ws.published.version.tree.files[`${templateFolder(path.split('/')[0]!)}/quiz.yaml`];
  }

  /**
   * A province's first content in a module starts from the template (docs/course-format.md "Province content"):
   * its module.yaml and quiz.yaml, with every `{{…}}` still to fill in (validation says where).
   */
  private provinceStart(ws: Workspace, moduleDir: string, province: string): Record<string, string> {
    const files = this.effective(ws, null);
    const folder = `${moduleDir}/provinces/${province}`;
    const start: Record<string, string> = {};
    if (Object.keys(files).some((p) => p.startsWith(`${folder}/`))) return start;
    for (const name of ['module.yaml', 'quiz.yaml']) {
      const template = files[`${templateFolder(moduleDir)}/${name}`];
      if (template !== undefined) start[`${folder}/${name}`] = template;
    }
    return start;
  }

  /** Writes changes into the draft that holds them (a new one when none does). */
  private async apply(
    em: EntityManager,
    ws: Workspace,
    viewer: Viewer,
    holder: ContentDraft | null,
    changes: Record<string, string | null>,
    title: string,
    blobChanges: Record<string, string | null> = {},
  ): Promise<ContentDraft> {
    for (const path of [...Object.keys(changes), ...Object.keys(blobChanges)]) {
      if (!policies.editCourseFile(viewer, path)) throw DomainError.forbidden();
      const other = ws.drafts.find((d) => d !== holder && (path in d.files || path in d.blobs));
      if (other) throw new DomainError('CONFLICT', 'authoring.draftOfOther', {}, [], { draftId: other.id, path });
    }
    const published = ws.published.version.tree.files;
    const draft =
      holder ??
      em.create(ContentDraft, {
        courseId: ws.published.courseId,
        title,
        files: {},
        blobs: {},
        bases: {},
        authorId: viewer.actorId,
        contributorIds: [],
        revision: 0,
      });
    const files = { ...draft.files };
    const bases = { ...draft.bases };
    for (const [path, text] of Object.entries(changes)) {
      if (!(path in bases)) bases[path] = textHash(published[path]);
      // Back to the published text: nothing left to publish for this file.
      if ((text ?? undefined) === published[path]) {
        delete files[path];
        delete bases[path];
      } else files[path] = text;
    }
    const blobs = { ...draft.blobs };
    for (const [path, data] of Object.entries(blobChanges)) {
      if ((data ?? undefined) === ws.published.version.tree.blobs[path]) delete blobs[path];
      else blobs[path] = data;
    }
    draft.files = files;
    draft.blobs = blobs;
    draft.bases = bases;
    draft.provinceCode = provinceOfPaths([...Object.keys(files), ...Object.keys(blobs)]);
    draft.revision += 1;
    if (viewer.actorId && !draft.contributorIds.includes(viewer.actorId)) draft.contributorIds = [...draft.contributorIds, viewer.actorId];
    // A change after submission needs a new review: an approval is of the text the reviewer saw.
    if (draft.status !== 'DRAFT') {
      draft.status = 'DRAFT';
      draft.reviewerId = null;
      draft.reviewedAt = null;
    }
    return em.save(ContentDraft, draft);
  }

  private async lessonView(ws: Workspace, slug: string, draft: ContentDraft | null, viewer: Viewer): Promise<LessonDraftModel> {
    const files = this.effective(ws, draft);
    const path = findLessonPath(Object.keys(files), slug);
    const removed = draft ? Object.keys(draft.files).find((p) => lessonLocation(p)?.slug === slug && draft.files[p] === null) : undefined;
    const publishedPath = findLessonPath(Object.keys(ws.published.version.tree.files), slug);
    const at = lessonLocation(path ?? removed ?? publishedPath!)!;
    const text = path ? files[path]! : (ws.published.version.tree.files[publishedPath ?? ''] ?? '');
    const moduleSlug = [...moduleDirs(Object.keys(files)).entries()].find(([, dir]) => dir === at.moduleDir)?.[0] ?? '';
    const problems = draft ? this.validate(ws.published.version.tree, draft.files, draft.blobs).filter((p) => p.path === at.path) : [];
    return {
      courseSlug: ws.published.slug,
      lessonSlug: slug,
      moduleSlug,
      provinceCode: at.provinceCode,
      position: at.position,
      path: at.path,
      ...lessonFields(text),
      archived: !path,
      revision: revisionOf(path ? text : null),
      text,
      publishedText: publishedPath ? ws.published.version.tree.files[publishedPath]! : null,
      draft: draft ? (await this.describe(ws, [draft], viewer))[0]! : null,
      problems,
    };
  }

  private async quizView(ws: Workspace, moduleSlug: string, provinceCode: string | null, viewer: Viewer): Promise<QuizDraftModel> {
    const path = this.quizPathOf(ws, moduleSlug, provinceCode);
    const draft = ws.drafts.find((d) => path in d.files) ?? null;
    const current = this.effective(ws, draft)[path];
    const text = current ?? this.templateQuiz(ws, path) ?? '';
    return {
      courseSlug: ws.published.slug,
      moduleSlug,
      provinceCode,
      path,
      ...quizFields(text),
      revision: revisionOf(current),
      text,
      publishedText: ws.published.version.tree.files[path] ?? null,
      draft: draft ? (await this.describe(ws, [draft], viewer))[0]! : null,
      problems: draft ? this.validate(ws.published.version.tree, draft.files, draft.blobs).filter((p) => p.path === path) : [],
    };
  }
}

/** Every path a draft changes, text files and images. */
export function draftPaths(draft: Pick<ContentDraft, 'files' | 'blobs'>): string[] {
  return [...Object.keys(draft.files), ...Object.keys(draft.blobs)];
}

function conflict(yours: string | null, theirs: string | null | undefined): DraftConflictModel {
  return { message: message('authoring.stale').vi, yours: yours ?? '', theirs: theirs ?? '', revision: revisionOf(theirs) };
}
