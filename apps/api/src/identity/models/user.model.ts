import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'E.164, e.g. +84912345678; masked but its last three digits (•••••••••678) for co-members.' })
  phone!: string;

  @Field()
  fullName!: string;

  @Field({ description: '"active", or "pending" for someone added to a team who has not signed up yet.' })
  status!: string;

  communeId!: number | null;
}
