import { Injectable } from '@nestjs/common';
import { loadCourseTree, withFiles } from '@lantoa/course-format';
import { DataSource, type EntityManager } from 'typeorm';
import { policies } from '../authorization/policies.js';
import { CatalogReadModel } from '../catalog/catalog-read-model.service.js';
import { ContentVersionsService } from '../catalog/content-versions.service.js';
import { CourseImportService } from '../catalog/course-import.service.js';
import { DomainError } from '../errors/domain-error.js';
import type { Viewer } from '../identity/viewer.js';
import { textHash } from './course-paths.js';
import { draftPaths, DraftsService } from './drafts.service.js';
import { ReviewDecision } from './dto/authoring.inputs.js';
import { ContentAuditEntry, ContentDraft, type DraftStatus } from './entities/index.js';
import type { AuditAction } from './entities/content-audit-entry.entity.js';
import type { ContentVersionModel, DraftModel } from './models/authoring.models.js';

/**
 * Review and publishing: submit, approve or send back, publish through the course importer (the same path as the
 * files, so the learning rules and learners' progress hold, and the content revision moves), restore a version.
 * Every decision is written to content_audit_entries in the same transaction.
 */
@Injectable()
export class PublishingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly drafts: DraftsService,
    private readonly versions: ContentVersionsService,
    private readonly importer: CourseImportService,
    private readonly readModel: CatalogReadModel,
  ) {}

  async submit(viewer: Viewer, draftId: string): Promise<DraftModel> {
    return this.decide(viewer, draftId, async (em, draft, ws) => {
      if (!draftPaths(draft).every((p) => policies.editCourseFile(viewer, p))) throw DomainError.forbidden();
      expectStatus(draft, ['DRAFT', 'CHANGES_REQUESTED']);
      this.expectValid(ws.published.version.tree, draft);
      draft.status = 'IN_REVIEW';
      draft.submittedAt = new Date();
      await this.audit(em, draft, 'SUBMIT', viewer, null);
    });
  }

  async review(viewer: Viewer, draftId: string, decision: ReviewDecision, comment: string | null): Promise<DraftModel> {
    return this.decide(viewer, draftId, async (em, draft) => {
      this.expectReviewer(viewer, draft);
      expectStatus(draft, ['IN_REVIEW']);
      const text = comment?.trim() || null;
      if (decision === ReviewDecision.SEND_BACK && !text)
        throw DomainError.invalid([{ field: 'comment', messageKey: 'authoring.commentRequired' }]);
      draft.status = decision === ReviewDecision.APPROVE ? 'APPROVED' : 'CHANGES_REQUESTED';
      draft.reviewerId = viewer.actorId;
      draft.reviewedAt = new Date();
      draft.reviewComment = text;
      await this.audit(em, draft, decision === ReviewDecision.APPROVE ? 'APPROVE' : 'SEND_BACK', viewer, text);
    });
  }

  /** Publishes an approved draft (a national admin may publish one still in review, their own too). */
  async publish(viewer: Viewer, draftId: string, note: string | null): Promise<DraftModel> {
    const result = await this.decide(viewer, draftId, async (em, draft, ws) => {
      this.expectReviewer(viewer, draft);
      expectStatus(draft, viewer.isNationalAdmin ? ['APPROVED', 'IN_REVIEW'] : ['APPROVED']);
      const tree = ws.published.version.tree;
      for (const [path, base] of Object.entries(draft.bases)) {
        if (textHash(tree.files[path]) !== base) throw new DomainError('CONFLICT', 'authoring.publishedMoved', { path });
      }
      const loaded = loadCourseTree(withFiles(tree, draft.files, draft.blobs));
      if (!loaded.course) throw this.problemsError(loaded.problems.length);
      const imported = await this.importer.importCourse(
        loaded.course,
        { kind: 'publish', authorId: draft.authorId, reviewerId: draft.reviewerId ?? viewer.actorId, note: note?.trim() || draft.title },
        em,
      );
      if (!imported.version) throw new DomainError('CONFLICT', 'authoring.nothingChanged');
      draft.status = 'PUBLISHED';
      draft.publishedBy = viewer.actorId;
      draft.publishedAt = new Date();
      draft.versionId = imported.version.id;
      await this.audit(em, draft, 'PUBLISH', viewer, note?.trim() || null, imported.version.id);
    });
    // This process serves the new content at once; the others hear of it by NOTIFY at commit.
    this.readModel.invalidate();
    return result;
  }

  /** Publishes an earlier version again, as a new version (national scope only: it changes the whole course). */
  async restore(viewer: Viewer, versionId: string, note: string | null): Promise<ContentVersionModel> {
    const version = await this.versions.find(versionId);
    if (!version?.tree) throw DomainError.notFound('authoring.versionNotFound');
    if (!policies.editCourseFile(viewer, 'course.yaml')) throw DomainError.forbidden();
    const loaded = loadCourseTree(version.tree);
    if (!loaded.course) throw this.problemsError(loaded.problems.length);
    const result = await this.drafts.locked(version.courseSlug, async (em, ws) => {
      const imported = await this.importer.importCourse(
        loaded.course!,
        { kind: 'restore', authorId: viewer.actorId, note: note?.trim() || null, restoredFrom: version.number },
        em,
      );
      if (!imported.version) throw new DomainError('CONFLICT', 'authoring.nothingChanged');
      await em.insert(ContentAuditEntry, {
        courseId: ws.published.courseId,
        action: 'RESTORE',
        actorId: viewer.actorId,
        versionId: imported.version.id,
        comment: note?.trim() || null,
      });
      return imported.version.id;
    });
    this.readModel.invalidate();
    return (await this.list(viewer, version.courseSlug)).find((v) => v.id === result)!;
  }

  async list(viewer: Viewer, courseSlug: string): Promise<ContentVersionModel[]> {
    if (!policies.author(viewer)) throw DomainError.forbidden();
    const rows = await this.versions.list(courseSlug);
    const ids = [...new Set(rows.flatMap((r) => [r.authorId, r.reviewerId]).filter((id): id is string => !!id))];
    const names = new Map(
      ids.length
        ? (
            await this.dataSource.query<{ id: string; full_name: string }[]>('SELECT id, full_name FROM users WHERE id = ANY($1)', [ids])
          ).map((u) => [u.id, u.full_name])
        : [],
    );
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      kind: r.kind,
      authorName: r.authorId ? (names.get(r.authorId) ?? null) : null,
      reviewerName: r.reviewerId ? (names.get(r.reviewerId) ?? null) : null,
      note: r.note,
      restoredFrom: r.restoredFrom,
      changed: [...r.changes.added, ...r.changes.updated, ...r.changes.archived, ...r.changes.restored],
      createdAt: r.createdAt,
    }));
  }

  private async decide(
    viewer: Viewer,
    draftId: string,
    work: (em: EntityManager, draft: ContentDraft, ws: Awaited<ReturnType<DraftsService['workspace']>>) => Promise<void>,
  ): Promise<DraftModel> {
    const { courseId } = await this.drafts.findDraft(draftId);
    const slug = await this.courseSlug(courseId);
    return this.drafts.locked(slug, async (em, ws) => {
      const draft = await this.drafts.findDraft(draftId, em);
      await work(em, draft, ws);
      const saved = await em.save(ContentDraft, draft);
      return (await this.drafts.describe(ws, [saved], viewer))[0]!;
    });
  }

  private async courseSlug(courseId: string): Promise<string> {
    const [row] = await this.dataSource.query<{ slug: string }[]>('SELECT slug FROM courses WHERE id = $1', [courseId]);
    return row!.slug;
  }

  private expectReviewer(viewer: Viewer, draft: ContentDraft): void {
    const paths = draftPaths(draft);
    if (!paths.every((p) => policies.editCourseFile(viewer, p))) throw DomainError.forbidden();
    if (!policies.approveDraft(viewer, { paths, contributorIds: draft.contributorIds }))
      throw new DomainError('FORBIDDEN', 'authoring.ownDraft');
  }

  private expectValid(tree: Parameters<DraftsService['validate']>[0], draft: ContentDraft): void {
    const problems = this.drafts.validate(tree, draft.files, draft.blobs);
    if (problems.length > 0) throw this.problemsError(problems.length, problems);
  }

  private problemsError(count: number, problems: unknown[] = []): DomainError {
    return new DomainError('BAD_USER_INPUT', 'authoring.hasProblems', { count }, [], { problems });
  }

  private async audit(
    em: EntityManager,
    draft: ContentDraft,
    action: AuditAction,
    viewer: Viewer,
    comment: string | null,
    versionId: string | null = null,
  ): Promise<void> {
    await em.insert(ContentAuditEntry, {
      courseId: draft.courseId,
      action,
      actorId: viewer.actorId,
      draftId: draft.id,
      versionId,
      comment,
    });
  }
}

function expectStatus(draft: ContentDraft, allowed: DraftStatus[]): void {
  if (!allowed.includes(draft.status)) throw new DomainError('CONFLICT', 'authoring.wrongStatus', { status: draft.status });
}
