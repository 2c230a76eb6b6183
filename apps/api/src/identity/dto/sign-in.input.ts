import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class SignInInput {
  @Field()
  phone!: string;

  @Field()
  password!: string;
}
