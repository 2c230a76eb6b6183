import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('RoleGrant')
export class RoleGrantModel {
  @Field({ description: 'TRAINER, PROVINCE_ADMIN or NATIONAL_ADMIN.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Code of the province it applies to; null for national scope.' })
  scopeCode!: string | null;
}
