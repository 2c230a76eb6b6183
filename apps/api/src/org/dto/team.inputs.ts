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

  @Field(() => String, {
    nullable: true,
    description:
      'CSV text with a header line: so_dien_thoai (or "Số điện thoại"), ho_ten (or "Họ và tên"), and optionally vai_tro ("Tổ trưởng" / empty). Give this or xlsx.',
  })
  csv?: string | null;

  @Field(() => String, { nullable: true, description: 'An Excel workbook (.xlsx), base64: its first sheet, with the same columns as csv.' })
  xlsx?: string | null;
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
