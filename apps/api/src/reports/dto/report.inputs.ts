import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CompletionReportInput {
  @Field(() => String, {
    nullable: true,
    description: 'VN (the nation, the default), a province code (2 digits), a commune code (5 digits) or a team id.',
  })
  scopeCode?: string | null;

  @Field()
  courseSlug!: string;

  @Field(() => String, { nullable: true, description: 'First day counted (YYYY-MM-DD, Vietnam time), inclusive.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day counted (YYYY-MM-DD, Vietnam time), inclusive.' })
  to?: string | null;
}

@InputType()
export class ReportExportsInput {
  @Field(() => Int, { defaultValue: 0 })
  offset!: number;

  @Field(() => Int, { defaultValue: 50 })
  limit!: number;
}
