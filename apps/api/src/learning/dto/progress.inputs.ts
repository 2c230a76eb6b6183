import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

export enum ProgressEventKind {
  LESSON_COMPLETED = 'LESSON_COMPLETED',
  QUIZ_SUBMITTED = 'QUIZ_SUBMITTED',
}
registerEnumType(ProgressEventKind, { name: 'ProgressEventKind' });

@InputType()
export class QuizAnswerInput {
  @Field()
  questionSlug!: string;

  @Field(() => [String], { description: 'Chosen option ids (one for single choice and true/false).' })
  optionIds!: string[];
}

@InputType()
export class CompleteLessonInput {
  @Field(() => ID)
  lessonId!: string;

  @Field({ description: 'Made by the client once per event (e.g. a UUID); sending it again is answered the same.' })
  clientEventId!: string;

  @Field(() => Date, { nullable: true, description: 'When it happened on the device; defaults to now.' })
  occurredAt?: Date | null;
}

@InputType()
export class SubmitQuizInput {
  @Field(() => ID)
  quizId!: string;

  @Field(() => [QuizAnswerInput])
  answers!: QuizAnswerInput[];

  @Field()
  clientEventId!: string;

  @Field(() => Date, { nullable: true })
  occurredAt?: Date | null;
}

@InputType()
export class ProgressEventInput {
  @Field(() => ProgressEventKind)
  kind!: ProgressEventKind;

  @Field()
  clientEventId!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  lessonId?: string | null;

  @Field(() => ID, { nullable: true })
  quizId?: string | null;

  @Field(() => [QuizAnswerInput], { nullable: true })
  answers?: QuizAnswerInput[] | null;
}

@InputType()
export class SyncProgressInput {
  @Field(() => [ProgressEventInput], { description: 'Up to 100 events queued on the device, in any order.' })
  events!: ProgressEventInput[];
}
