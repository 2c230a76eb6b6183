import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  SEND_BACK = 'SEND_BACK',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@InputType()
export class SaveLessonDraftInput {
  @Field()
  courseSlug!: string;

  @Field({ description: 'The lesson; a slug not in the course makes a new lesson (moduleSlug then required).' })
  lessonSlug!: string;

  @Field({ description: 'The revision the editor opened (LessonDraft.revision); a stale one is refused with both texts.' })
  revision!: string;

  @Field(() => String, { nullable: true, description: 'New lessons: the module.' })
  moduleSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'New lessons: the province whose part of the module it adds to (else national).' })
  provinceCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order number (the file prefix); changing it reorders.' })
  position?: number | null;

  @Field()
  title!: string;

  @Field(() => Int)
  minutes!: number;

  @Field(() => [String])
  objectives!: string[];

  @Field({ description: 'Markdown.' })
  body!: string;

  @Field(() => Boolean, { nullable: true, description: 'True archives the lesson (progress on it is kept).' })
  archived?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Put this change in an open draft with others (e.g. lessons renumbered together); they are published together.',
  })
  draftId?: string | null;
}

@InputType()
export class QuizOptionInput {
  @Field()
  id!: string;

  @Field()
  text!: string;

  @Field()
  correct!: boolean;

  @Field()
  explanation!: string;
}

@InputType()
export class QuizQuestionInput {
  @Field()
  slug!: string;

  @Field({ description: 'single | multiple | true_false' })
  type!: string;

  @Field({ defaultValue: false })
  situation!: boolean;

  @Field()
  prompt!: string;

  @Field(() => [QuizOptionInput])
  options!: QuizOptionInput[];
}

@InputType()
export class SaveQuizDraftInput {
  @Field()
  courseSlug!: string;

  @Field()
  moduleSlug!: string;

  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field()
  revision!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => Float, { nullable: true })
  passingScore?: number | null;

  @Field(() => Int, { nullable: true })
  maxAttempts?: number | null;

  @Field(() => Float, { nullable: true })
  retryAfterHours?: number | null;

  @Field(() => [QuizQuestionInput], { description: 'In order; leaving a question out archives it.' })
  questions!: QuizQuestionInput[];
}

@InputType()
export class SubmitDraftInput {
  @Field(() => ID)
  draftId!: string;
}

@InputType()
export class ReviewDraftInput {
  @Field(() => ID)
  draftId!: string;

  @Field(() => ReviewDecision)
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Required when sending back.' })
  comment?: string | null;
}

@InputType()
export class PublishDraftInput {
  @Field(() => ID)
  draftId!: string;

  @Field(() => String, { nullable: true, description: 'What changed, for the version list.' })
  note?: string | null;
}

@InputType()
export class RestoreContentVersionInput {
  @Field(() => ID)
  versionId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
