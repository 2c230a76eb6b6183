import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LessonSummaryModel } from './lesson.model.js';
import { LocalizedText } from './localized-text.model.js';

@ObjectType('ModuleVariant', { description: 'A province that adds its own lessons (and quiz questions) to this module.' })
export class ModuleVariantModel {
  @Field()
  provinceCode!: string;

  @Field(() => LocalizedText, { nullable: true })
  title!: LocalizedText | null;
}

@ObjectType('QuizSummary')
export class QuizSummaryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  questionCount!: number;

  @Field({ description: 'Fraction of questions to get right, 0–1.' })
  passingScore!: number;

  @Field(() => Int, { nullable: true, description: 'Attempts per round; null when attempts are unlimited.' })
  maxAttempts!: number | null;

  @Field(() => Float, { description: 'Hours to wait after a round of attempts before the next one opens.' })
  retryAfterHours!: number;
}

@ObjectType('CourseModule')
export class CourseModuleModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  summary!: LocalizedText;

  @Field(() => String, {
    nullable: true,
    description: 'The province whose lessons are added to the national ones here, or null for the national content only.',
  })
  provinceCode!: string | null;

  @Field(() => [LessonSummaryModel])
  lessons!: LessonSummaryModel[];

  @Field(() => QuizSummaryModel, { nullable: true })
  quiz!: QuizSummaryModel | null;

  @Field(() => [ModuleVariantModel])
  variants!: ModuleVariantModel[];

  @Field(() => Int)
  totalMinutes!: number;

  @Field(() => Int, {
    description:
      'About how many bytes a phone stores to study this module offline: its lessons, their images and the quiz questions (before compression).',
  })
  downloadBytes!: number;
}
