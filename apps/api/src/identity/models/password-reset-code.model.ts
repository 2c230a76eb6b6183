import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PasswordResetCode', { description: 'A one-time code, shown once to the helper who made it.' })
export class PasswordResetCodeModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  fullName!: string;

  @Field({ description: 'Six digits; usable once, until expiresAt.' })
  code!: string;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'Whether it was also sent by text message.' })
  sentBySms!: boolean;
}
