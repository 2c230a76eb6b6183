import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CourseProgressModel } from './progress.models.js';

@ObjectType('QuizRoundGrant', { description: 'A new round of attempts given at once; recorded with who gave it.' })
export class QuizRoundGrantModel {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  quizId!: string;

  @Field(() => Int, { description: 'The round that is now open.' })
  round!: number;

  @Field()
  grantedAt!: Date;
}

@ObjectType('LearnerQuizRounds', {
  description: 'A learner found by phone by someone who may give them a new round: who they are and where they stand.',
})
export class LearnerQuizRoundsModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  fullName!: string;

  @Field(() => CourseProgressModel, { description: "Each module's quiz with its attempts left and when the next round opens." })
  progress!: CourseProgressModel;
}
