import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '../../catalog/models/localized-text.model.js';

@ObjectType('TeamImportRow')
export class TeamImportRowModel {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line!: number;

  @Field()
  phone!: string;

  @Field()
  fullName!: string;

  @Field()
  ok!: boolean;

  @Field(() => LocalizedText, { nullable: true, description: 'Why the row cannot be imported.' })
  error!: LocalizedText | null;
}

@ObjectType('TeamImportReport', { description: 'All rows are imported, or none: fix the failed rows and import the file again.' })
export class TeamImportReportModel {
  @Field(() => Int)
  imported!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => [TeamImportRowModel])
  rows!: TeamImportRowModel[];
}
