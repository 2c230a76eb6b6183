import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

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
