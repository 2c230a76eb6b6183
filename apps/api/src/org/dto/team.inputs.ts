import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateTeamInput {
  @Field({ description: 'Official code of the commune / ward (5 digits).' })
  communeCode!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Village or residential group (thôn / tổ dân phố).' })
  village?: string | null;
}

@InputType()
export class AddTeamMemberInput {
  @Field(() => ID)
  teamId!: string;

  @Field()
  phone!: string;

  @Field({ description: 'Used when the phone has no account yet (a pending account is created).' })
  fullName!: string;

  @Field({ defaultValue: false })
  leader!: boolean;
}

@InputType()
export class TeamMemberRefInput {
  @Field(() => ID)
  teamId!: string;

  @Field(() => ID)
  userId!: string;
}

@InputType()
export class SetTeamLeaderInput extends TeamMemberRefInput {
  @Field()
  leader!: boolean;
}

@InputType()
export class ImportTeamMembersInput {
  @Field(() => ID)
  teamId!: string;

  @Field({ description: 'CSV text with a header line: so_dien_thoai, ho_ten, and optionally vai_tro (to_truong / thanh_vien).' })
  csv!: string;
}

@InputType()
export class TeamsFilterInput {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  communeCode?: string | null;

  @Field(() => Int, { defaultValue: 0 })
  offset!: number;

  @Field(() => Int, { defaultValue: 20 })
  limit!: number;
}
