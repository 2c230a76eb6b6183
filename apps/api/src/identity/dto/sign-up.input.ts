import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field({ description: 'Vietnamese mobile number: 0912345678, +84912345678, with or without spaces.' })
  phone!: string;

  @Field({ description: 'At least 8 characters.' })
  password!: string;

  @Field()
  fullName!: string;

  @Field({ description: 'Official code of the current commune / ward (5 digits).' })
  communeCode!: string;
}
