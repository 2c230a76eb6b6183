import type { AdminUnitWithPath } from '../admin-units.service.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../identity/models/user.model.js';

@ObjectType('Team', { description: 'A community digital technology team (tổ công nghệ số cộng đồng).' })
export class TeamModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  village!: string | null;

  @Field(() => Int)
  memberCount!: number;

  communeId!: number;
  communePath!: string;
  /** Loaded with the team (see teams.service.ts); resolved by TeamsResolver.commune. */
  commune!: AdminUnitWithPath;
}

@ObjectType('TeamMember')
export class TeamMemberModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field({ description: '"member" or "leader".' })
  role!: string;

  @Field()
  joinedAt!: Date;
}

@ObjectType('TeamPage')
export class TeamPageModel {
  @Field(() => [TeamModel])
  items!: TeamModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('TeamMembershipRecord', { description: 'A past or current membership: history is kept when people move.' })
export class TeamMembershipRecordModel {
  @Field(() => TeamModel)
  team!: TeamModel;

  @Field()
  role!: string;

  @Field()
  joinedAt!: Date;

  @Field(() => Date, { nullable: true })
  leftAt!: Date | null;
}
