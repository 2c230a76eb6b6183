import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from './localized-text.model.js';

@ObjectType('Course')
export class CourseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  language!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  summary!: LocalizedText;

  @Field(() => LocalizedText)
  issuer!: LocalizedText;

  @Field(() => Int, { description: 'Modules currently in the course (archived ones excluded).' })
  moduleCount!: number;

  @Field(() => Int, { description: 'National lessons currently in the course (province variants excluded).' })
  lessonCount!: number;

  @Field(() => Int, { description: 'Estimated minutes of the national lessons.' })
  totalMinutes!: number;
}
