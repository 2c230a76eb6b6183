import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class GrantQuizRoundInput {
  @Field(() => ID, { description: 'The learner waiting for a new round.' })
  userId!: string;

  @Field(() => ID)
  quizId!: string;
}
