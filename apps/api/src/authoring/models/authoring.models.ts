import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DraftStatusValue {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
  DISCARDED = 'DISCARDED',
}
registerEnumType(DraftStatusValue, { name: 'DraftStatus' });

@ObjectType('ContentProblem', { description: 'A problem the course format finds, next to the field it is about.' })
export class ContentProblemModel {
  @Field({ description: 'File, relative to the course folder.' })
  path!: string;

  @Field(() => String, { nullable: true, description: 'e.g. title, minutes, objectives.0, body, questions.2.options.1.explanation' })
  field!: string | null;

  @Field()
  code!: string;

  @Field({ description: 'In Vietnamese.' })
  message!: string;

  @Field(() => Int, { nullable: true })
  line!: number | null;
}

@ObjectType('DraftFile')
export class DraftFileModel {
  @Field()
  path!: string;

  @Field({ description: 'ADDED, CHANGED or REMOVED.' })
  change!: string;

  @Field(() => String, { nullable: true, description: 'The published text (null: not published).' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The draft text (null: removed).' })
  after!: string | null;
}

@ObjectType('DraftImage')
export class DraftImageModel {
  @Field({ description: 'Path in the course folder, e.g. `01-x/images/so-do-1a2b3c4d.webp`.' })
  path!: string;

  @Field({ description: 'ADDED, CHANGED or REMOVED.' })
  change!: string;
}

@ObjectType('Draft')
export class DraftModel {
  @Field(() => ID)
  id!: string;

  @Field()
  courseSlug!: string;

  @Field(() => String, { nullable: true })
  provinceCode!: string | null;

  @Field()
  title!: string;

  @Field(() => DraftStatusValue)
  status!: DraftStatusValue;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field(() => String, { nullable: true })
  reviewerName!: string | null;

  @Field(() => String, { nullable: true })
  reviewComment!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => [DraftFileModel])
  files!: DraftFileModel[];

  @Field(() => [DraftImageModel], { description: 'Images uploaded into it (GET /authoring/images/<course>/<path> shows one).' })
  images!: DraftImageModel[];

  @Field({ description: 'The viewer wrote part of it (so may not approve or publish it, unless a national admin).' })
  mine!: boolean;

  @Field({ description: 'The viewer may approve / send back / publish it.' })
  canReview!: boolean;

  // Resolved on request only (validation reads the whole course).
  paths!: string[];
  contributorIds!: string[];
  blobs!: Record<string, string | null>;
}

@ObjectType('LessonDraft')
export class LessonDraftModel {
  @Field()
  courseSlug!: string;

  @Field()
  lessonSlug!: string;

  @Field()
  moduleSlug!: string;

  @Field(() => String, { nullable: true })
  provinceCode!: string | null;

  @Field(() => Int)
  position!: number;

  @Field()
  path!: string;

  @Field()
  title!: string;

  @Field(() => Int)
  minutes!: number;

  @Field(() => [String])
  objectives!: string[];

  @Field()
  body!: string;

  @Field()
  archived!: boolean;

  @Field({ description: 'Send it back with the save.' })
  revision!: string;

  @Field({ description: 'The whole lesson file (front matter and Markdown), as saved.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The published lesson file, to compare (null: not published).' })
  publishedText!: string | null;

  @Field(() => DraftModel, { nullable: true })
  draft!: DraftModel | null;

  @Field(() => [ContentProblemModel])
  problems!: ContentProblemModel[];
}

@ObjectType('QuizOptionDraft')
export class QuizOptionDraftModel {
  @Field()
  id!: string;
  @Field()
  text!: string;
  @Field()
  correct!: boolean;
  @Field()
  explanation!: string;
}

@ObjectType('QuizQuestionDraft')
export class QuizQuestionDraftModel {
  @Field()
  slug!: string;
  @Field()
  type!: string;
  @Field()
  situation!: boolean;
  @Field()
  prompt!: string;
  @Field(() => [QuizOptionDraftModel])
  options!: QuizOptionDraftModel[];
}

@ObjectType('QuizDraft')
export class QuizDraftModel {
  @Field()
  courseSlug!: string;

  @Field()
  moduleSlug!: string;

  @Field(() => String, { nullable: true })
  provinceCode!: string | null;

  @Field()
  path!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Float, { nullable: true })
  passingScore!: number | null;

  @Field(() => Int, { nullable: true })
  maxAttempts!: number | null;

  @Field(() => Float, { nullable: true })
  retryAfterHours!: number | null;

  @Field(() => [QuizQuestionDraftModel])
  questions!: QuizQuestionDraftModel[];

  @Field()
  revision!: string;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  publishedText!: string | null;

  @Field(() => DraftModel, { nullable: true })
  draft!: DraftModel | null;

  @Field(() => [ContentProblemModel])
  problems!: ContentProblemModel[];
}

@ObjectType('DraftConflict', { description: 'A save refused because the text changed since the editor opened it.' })
export class DraftConflictModel {
  @Field()
  message!: string;

  @Field({ description: 'The text this save would have written.' })
  yours!: string;

  @Field({ description: 'The text as it is now (another trainer saved it).' })
  theirs!: string;

  @Field({ description: 'The current revision, to save with once merged.' })
  revision!: string;
}

@ObjectType('SaveLessonDraftResult')
export class SaveLessonDraftResult {
  @Field(() => LessonDraftModel, { description: 'The lesson as it is now (after the save, or as another trainer left it).' })
  lesson!: LessonDraftModel;

  @Field(() => DraftConflictModel, { nullable: true })
  conflict!: DraftConflictModel | null;
}

@ObjectType('SaveQuizDraftResult')
export class SaveQuizDraftResult {
  @Field(() => QuizDraftModel)
  quiz!: QuizDraftModel;

  @Field(() => DraftConflictModel, { nullable: true })
  conflict!: DraftConflictModel | null;
}

@ObjectType('ContentVersion')
export class ContentVersionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field({ description: 'files, publish or restore.' })
  kind!: string;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field(() => String, { nullable: true })
  reviewerName!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int, { nullable: true })
  restoredFrom!: number | null;

  @Field(() => [String])
  changed!: string[];

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('AuthoringLesson')
export class AuthoringLessonModel {
  @Field()
  slug!: string;
  @Field()
  title!: string;
  @Field(() => Int)
  position!: number;
  @Field(() => String, { nullable: true })
  provinceCode!: string | null;
  @Field()
  canEdit!: boolean;
  @Field(() => ID, { nullable: true })
  draftId!: string | null;
}

@ObjectType('AuthoringModule')
export class AuthoringModuleModel {
  @Field()
  slug!: string;
  @Field()
  title!: string;
  @Field(() => [String], { description: 'Provinces with content for this module.' })
  provinces!: string[];
  @Field({ description: 'The module has a template for new province content.' })
  hasTemplate!: boolean;
  @Field(() => [AuthoringLessonModel])
  lessons!: AuthoringLessonModel[];
  @Field(() => [String], { description: 'Quizzes the viewer may edit: "" for the national quiz, else a province code.' })
  editableQuizzes!: string[];
}

@ObjectType('AuthoringCourse', { description: 'What a trainer may edit in a course.' })
export class AuthoringCourseModel {
  @Field()
  courseSlug!: string;
  @Field({ description: 'The viewer edits the whole course (national scope).' })
  national!: boolean;
  @Field(() => [String], { description: 'Provinces the viewer edits.' })
  provinces!: string[];
  @Field(() => [AuthoringModuleModel])
  modules!: AuthoringModuleModel[];
}

@ObjectType('ModulePreviewLesson')
export class ModulePreviewLessonModel {
  @Field()
  slug!: string;
  @Field()
  title!: string;
  @Field(() => Int)
  minutes!: number;
  @Field(() => Int)
  position!: number;
  @Field(() => String, { nullable: true, description: "Set for the province's own lessons." })
  provinceCode!: string | null;
  @Field()
  path!: string;
  @Field({ description: 'The draft changes (or adds) this lesson.' })
  changed!: boolean;
}

@ObjectType('ModulePreview', { description: "A module as a province's learners would see it, with a draft applied." })
export class ModulePreviewModel {
  @Field()
  courseSlug!: string;
  @Field()
  moduleSlug!: string;
  @Field(() => String, { nullable: true, description: 'The learners’ province (null: national content only).' })
  provinceCode!: string | null;
  @Field({ description: "The title those learners read: the province's part's title when it sets one." })
  title!: string;
  @Field(() => [ModulePreviewLessonModel], { description: 'National lessons plus the province’s, in the order learners get them.' })
  lessons!: ModulePreviewLessonModel[];
  @Field(() => Int, { nullable: true, description: 'Questions of the quiz those learners take (national + province), null: no quiz.' })
  quizQuestionCount!: number | null;
  @Field(() => Int, { description: 'How many of them are the province’s own.' })
  provinceQuestionCount!: number;
  @Field(() => ID, { nullable: true, description: 'The draft applied (null: as published).' })
  draftId!: string | null;
}
