import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedText } from '../../catalog/models/localized-text.model.js';

export enum ReportLevel {
  NATION = 'NATION',
  PROVINCE = 'PROVINCE',
  COMMUNE = 'COMMUNE',
  TEAM = 'TEAM',
}
registerEnumType(ReportLevel, { name: 'ReportLevel' });

export enum ReportRowKind {
  PROVINCE = 'PROVINCE',
  COMMUNE = 'COMMUNE',
  TEAM = 'TEAM',
  /** Citizens of a commune who are in no team. */
  CITIZENS = 'CITIZENS',
  TOTAL = 'TOTAL',
}
registerEnumType(ReportRowKind, { name: 'ReportRowKind' });

@ObjectType('ReportScope')
export class ReportScopeModel {
  @Field({ description: 'The scopeCode to ask for this scope.' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => ReportLevel)
  level!: ReportLevel;
}

@ObjectType('ReportModule')
export class ReportModuleModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => LocalizedText)
  title!: LocalizedText;
}

@ObjectType('CompletionCounts', { description: 'Counts for one kind of learner (team members or citizens).' })
export class CompletionCountsModel {
  @Field(() => Int, { description: 'People here now (not filtered by dates).' })
  registered!: number;

  @Field(() => Int)
  enrolled!: number;

  @Field(() => Int)
  started!: number;

  @Field(() => [Int], { description: 'Module completions, one per current module in course order.' })
  modulesCompleted!: number[];

  @Field(() => Int)
  courseCompleted!: number;

  @Field(() => Int)
  certificatesIssued!: number;

  @Field(() => Float, { nullable: true, description: 'courseCompleted ÷ enrolled (0–1); null when nobody enrolled.' })
  completionRate!: number | null;
}

@ObjectType('CompletionReportRow')
export class CompletionReportRowModel {
  @Field(() => ReportRowKind)
  kind!: ReportRowKind;

  @Field(() => String, { nullable: true, description: 'scopeCode to drill into this row; null for the citizens and totals rows.' })
  scopeCode!: string | null;

  @Field()
  name!: string;

  @Field(() => CompletionCountsModel)
  teamMembers!: CompletionCountsModel;

  @Field(() => CompletionCountsModel)
  citizens!: CompletionCountsModel;
}

@ObjectType('ReportMember', { description: 'A member of a team, for its leader and for admins in scope.' })
export class ReportMemberModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  fullName!: string;

  @Field({ description: 'Only the last three digits shown, e.g. "*******678".' })
  phoneMasked!: string;

  @Field()
  role!: string;

  @Field()
  enrolled!: boolean;

  @Field(() => Int, { description: 'Modules completed.' })
  modulesCompleted!: number;

  @Field()
  courseCompleted!: boolean;

  @Field(() => Date, { nullable: true })
  lastActiveAt!: Date | null;
}

@ObjectType('CompletionReport')
export class CompletionReportModel {
  @Field(() => ReportScopeModel)
  scope!: ReportScopeModel;

  @Field(() => [ReportScopeModel], { description: 'From the nation down to the parent of this scope.' })
  breadcrumbs!: ReportScopeModel[];

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;

  @Field(() => [ReportModuleModel])
  modules!: ReportModuleModel[];

  @Field(() => [CompletionReportRowModel], { description: 'One row per child unit (provinces, communes, or teams and citizens).' })
  rows!: CompletionReportRowModel[];

  @Field(() => CompletionReportRowModel)
  totals!: CompletionReportRowModel;

  @Field(() => [ReportMemberModel], { nullable: true, description: 'At team scope: the members and their progress.' })
  members!: ReportMemberModel[] | null;
}

@ObjectType('CompletionWeek')
export class CompletionWeekModel {
  @Field({ description: 'Monday of the week (YYYY-MM-DD).' })
  weekStart!: string;

  @Field(() => Int)
  teamMemberModules!: number;

  @Field(() => Int)
  citizenModules!: number;

  @Field(() => Int)
  teamMemberCourses!: number;

  @Field(() => Int)
  citizenCourses!: number;
}

@ObjectType('CompletionTimeSeries')
export class CompletionTimeSeriesModel {
  @Field(() => ReportScopeModel)
  scope!: ReportScopeModel;

  @Field(() => [CompletionWeekModel])
  weeks!: CompletionWeekModel[];
}

@ObjectType('FunnelStep')
export class FunnelStepModel {
  @Field(() => ReportModuleModel)
  module!: ReportModuleModel;

  @Field(() => Int)
  teamMembersReached!: number;

  @Field(() => Int)
  citizensReached!: number;

  @Field(() => Int)
  teamMembersPassedQuiz!: number;

  @Field(() => Int)
  citizensPassedQuiz!: number;

  @Field(() => Int)
  teamMembersCompleted!: number;

  @Field(() => Int)
  citizensCompleted!: number;
}

@ObjectType('ModuleFunnel')
export class ModuleFunnelModel {
  @Field(() => ReportScopeModel)
  scope!: ReportScopeModel;

  @Field(() => [FunnelStepModel])
  steps!: FunnelStepModel[];
}

@ObjectType('ReportExport')
export class ReportExportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  userId!: string | null;

  @Field(() => String, { nullable: true })
  userName!: string | null;

  @Field()
  format!: string;

  @Field()
  scopeCode!: string;

  @Field()
  courseSlug!: string;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('ReportExportPage')
export class ReportExportPageModel {
  @Field(() => [ReportExportModel])
  items!: ReportExportModel[];

  @Field(() => Int)
  total!: number;
}
