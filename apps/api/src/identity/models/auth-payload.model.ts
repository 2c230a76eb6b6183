import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model.js';

/** The access token goes in `Authorization: Bearer …`; the refresh token is an httpOnly cookie, never seen by scripts. */
@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field()
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
