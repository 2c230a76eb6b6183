import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreatePasswordResetCodeInput {
  @Field(() => ID, { description: 'The person who forgot their password.' })
  userId!: string;

  @Field({ nullable: true, description: 'Also send the code by text message (only where an SMS driver is available).' })
  sendSms?: boolean;
}

@InputType()
export class ResetPasswordWithCodeInput {
  @Field()
  phone!: string;

  @Field({ description: 'The one-time code the team leader or admin gave.' })
  code!: string;

  @Field()
  newPassword!: string;
}
