import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { policies } from '../authorization/policies.js';
import { DomainError } from '../errors/domain-error.js';
import { CurrentViewer } from '../identity/decorators.js';
import type { Viewer } from '../identity/viewer.js';
import { authoringOutline } from './authoring-outline.js';
import { previewModule } from './module-preview.js';
import { DraftsService } from './drafts.service.js';
import {
  PublishDraftInput,
  RestoreContentVersionInput,
  ReviewDraftInput,
  SaveLessonDraftInput,
  SaveQuizDraftInput,
  SubmitDraftInput,
} from './dto/authoring.inputs.js';
import {
  AuthoringCourseModel,
  ContentProblemModel,
  ContentVersionModel,
  DraftModel,
  LessonDraftModel,
  ModulePreviewModel,
  QuizDraftModel,
  SaveLessonDraftResult,
  SaveQuizDraftResult,
} from './models/authoring.models.js';
import { PublishingService } from './publishing.service.js';

/** Authoring for trainers (issue 17). Every operation asks the policies; the services check again per file. */
@Resolver(() => DraftModel)
export class AuthoringResolver {
  constructor(
    private readonly drafts: DraftsService,
    private readonly publishing: PublishingService,
  ) {}

  @Query(() => AuthoringCourseModel, { description: 'What the viewer may edit in a course.' })
  async authoringCourse(@Args('courseSlug') courseSlug: string, @CurrentViewer() viewer: Viewer): Promise<AuthoringCourseModel> {
    if (!policies.author(viewer)) throw DomainError.forbidden();
    const ws = await this.drafts.workspace(courseSlug);
    return authoringOutline(courseSlug, ws.published.version.tree, ws.drafts, viewer);
  }

  @Query(() => LessonDraftModel, { description: 'A lesson to edit: in its open draft, else as published.' })
  lessonDraft(
    @Args('courseSlug') courseSlug: string,
    @Args('lessonSlug') lessonSlug: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<LessonDraftModel> {
    return this.drafts.lessonDraft(viewer, courseSlug, lessonSlug);
  }

  @Query(() => ModulePreviewModel, { description: "A module as a chosen province's learners would see it, with an open draft applied." })
  async modulePreview(
    @Args('courseSlug') courseSlug: string,
    @Args('moduleSlug') moduleSlug: string,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode: string | null,
    @Args('draftId', { type: () => ID, nullable: true }) draftId: string | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ModulePreviewModel> {
    if (!policies.author(viewer)) throw DomainError.forbidden();
    const ws = await this.drafts.workspace(courseSlug);
    return previewModule(ws, viewer, { moduleSlug, provinceCode: provinceCode ?? null, draftId: draftId ?? null });
  }

  @Query(() => QuizDraftModel, { description: "A module's quiz to edit (a province's: its own questions)." })
  quizDraft(
    @Args('courseSlug') courseSlug: string,
    @Args('moduleSlug') moduleSlug: string,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode: string | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<QuizDraftModel> {
    return this.drafts.quizDraft(viewer, courseSlug, moduleSlug, provinceCode ?? null);
  }

  @Query(() => [DraftModel], { description: 'Open drafts the viewer may edit or review, oldest first.' })
  contentDrafts(@Args('courseSlug') courseSlug: string, @CurrentViewer() viewer: Viewer): Promise<DraftModel[]> {
    if (!policies.author(viewer)) throw DomainError.forbidden();
    return this.drafts.listOpen(viewer, courseSlug);
  }

  @Query(() => [ContentVersionModel], { description: 'Published versions of a course, newest first.' })
  contentVersions(@Args('courseSlug') courseSlug: string, @CurrentViewer() viewer: Viewer): Promise<ContentVersionModel[]> {
    return this.publishing.list(viewer, courseSlug);
  }

  @Mutation(() => SaveLessonDraftResult)
  saveLessonDraft(@Args('input') input: SaveLessonDraftInput, @CurrentViewer() viewer: Viewer): Promise<SaveLessonDraftResult> {
    if (!policies.author(viewer)) throw DomainError.forbidden();
    return this.drafts.saveLesson(viewer, input);
  }

  @Mutation(() => SaveQuizDraftResult)
  saveQuizDraft(@Args('input') input: SaveQuizDraftInput, @CurrentViewer() viewer: Viewer): Promise<SaveQuizDraftResult> {
    if (!policies.author(viewer)) throw DomainError.forbidden();
    return this.drafts.saveQuiz(viewer, input);
  }

  @Mutation(() => DraftModel)
  submitDraft(@Args('input') input: SubmitDraftInput, @CurrentViewer() viewer: Viewer): Promise<DraftModel> {
    return this.publishing.submit(viewer, input.draftId);
  }

  @Mutation(() => DraftModel, { description: 'Approve, or send back with a comment; never one’s own draft (a national admin may).' })
  reviewDraft(@Args('input') input: ReviewDraftInput, @CurrentViewer() viewer: Viewer): Promise<DraftModel> {
    return this.publishing.review(viewer, input.draftId, input.decision, input.comment ?? null);
  }

  @Mutation(() => DraftModel)
  publishDraft(@Args('input') input: PublishDraftInput, @CurrentViewer() viewer: Viewer): Promise<DraftModel> {
    return this.publishing.publish(viewer, input.draftId, input.note ?? null);
  }

  @Mutation(() => ContentVersionModel, { description: 'Publishes an earlier version again, as a new version.' })
  restoreContentVersion(@Args('input') input: RestoreContentVersionInput, @CurrentViewer() viewer: Viewer): Promise<ContentVersionModel> {
    return this.publishing.restore(viewer, input.versionId, input.note ?? null);
  }

  @ResolveField(() => [ContentProblemModel], { description: 'What the course format finds wrong (must be empty to submit or publish).' })
  async problems(@Parent() draft: DraftModel): Promise<ContentProblemModel[]> {
    const ws = await this.drafts.workspace(draft.courseSlug);
    return this.drafts.validate(ws.published.version.tree, Object.fromEntries(draft.files.map((f) => [f.path, f.after])), draft.blobs);
  }
}
