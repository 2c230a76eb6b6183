import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from './localized-text.model.js';

@ObjectType('LessonSummary', { description: 'A lesson as listed in a course outline.' })
export class LessonSummaryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => Int, { description: 'Estimated minutes.' })
  minutes!: number;
}

@ObjectType('Lesson')
export class LessonModel extends LessonSummaryModel {
  @Field(() => [LocalizedText])
  objectives!: LocalizedText[];

  @Field({ description: 'Markdown. Raw HTML in it is never rendered.' })
  body!: string;

  @Field()
  moduleSlug!: string;

  @Field(() => LocalizedText)
  moduleTitle!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'Set when this lesson belongs to a province variant.' })
  provinceCode!: string | null;

  @Field(() => LessonSummaryModel, { nullable: true })
  previous!: LessonSummaryModel | null;

  @Field(() => LessonSummaryModel, { nullable: true })
  next!: LessonSummaryModel | null;
}
