import { Args, Extensions, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../identity/decorators.js';
import { UserModel } from '../identity/models/user.model.js';
import type { Viewer } from '../identity/viewer.js';
import {
  AddTeamMemberInput,
  CreateTeamInput,
  ImportTeamMembersInput,
  SetTeamLeaderInput,
  TeamMemberRefInput,
  TeamsFilterInput,
} from './dto/team.inputs.js';
import { AdminUnitModel } from './models/admin-unit.model.js';
import { TeamImportReportModel } from './models/team-import-report.model.js';
import { TeamMemberModel, TeamMembershipRecordModel, TeamModel, TeamPageModel } from './models/team.model.js';
import { TeamImportService } from './team-import.service.js';
import { TeamsService } from './teams.service.js';

@Resolver(() => TeamModel)
export class TeamsResolver {
  constructor(
    private readonly teamsService: TeamsService,
    private readonly importer: TeamImportService,
  ) {}

  @Query(() => TeamModel)
  team(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer): Promise<TeamModel> {
    return this.teamsService.get(viewer, id);
  }

  @Query(() => TeamPageModel, { description: 'Teams the viewer may see (all, their provinces, or their own team).' })
  teams(
    @Args('filter', { type: () => TeamsFilterInput, nullable: true }) filter: TeamsFilterInput | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<TeamPageModel> {
    return this.teamsService.list(viewer, filter ?? { offset: 0, limit: 20 });
  }

  @Mutation(() => TeamModel, { description: 'Province admins (in their province) and national admins.' })
  createTeam(@Args('input') input: CreateTeamInput, @CurrentViewer() viewer: Viewer): Promise<TeamModel> {
    return this.teamsService.create(viewer, input);
  }

  @Mutation(() => TeamMemberModel)
  addTeamMember(@Args('input') input: AddTeamMemberInput, @CurrentViewer() viewer: Viewer): Promise<TeamMemberModel> {
    return this.teamsService.addMember(viewer, input);
  }

  @Mutation(() => Boolean)
  removeTeamMember(@Args('input') input: TeamMemberRefInput, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.teamsService.removeMember(viewer, input.teamId, input.userId);
  }

  @Mutation(() => TeamMemberModel)
  setTeamLeader(@Args('input') input: SetTeamLeaderInput, @CurrentViewer() viewer: Viewer): Promise<TeamMemberModel> {
    return this.teamsService.setLeader(viewer, input.teamId, input.userId, input.leader);
  }

  @Mutation(() => TeamImportReportModel)
  importTeamMembers(@Args('input') input: ImportTeamMembersInput, @CurrentViewer() viewer: Viewer): Promise<TeamImportReportModel> {
    return this.importer.import(viewer, input.teamId, input);
  }

  // A team has 4–10 people (query-cost limit, query-limits.ts).
  @Extensions({ listSize: 12 })
  @ResolveField(() => [TeamMemberModel], { description: 'Visible to whoever can see the team.' })
  members(@Parent() team: TeamModel): Promise<TeamMemberModel[]> {
    return this.teamsService.members(team.id);
  }

  @ResolveField(() => AdminUnitModel)
  commune(@Parent() team: TeamModel): AdminUnitModel {
    return team.commune;
  }
}

/** Team fields of a User (readable by whoever may read the user). */
@Resolver(() => UserModel)
export class UserTeamResolver {
  constructor(private readonly teamsService: TeamsService) {}

  @Extensions({ listSize: 5 })
  @ResolveField(() => [TeamMembershipRecordModel], {
    description: 'Current and past teams, newest first; only for the person, their leader and admins in scope (else empty).',
  })
  teamHistory(@Parent() user: UserModel): Promise<TeamMembershipRecordModel[]> {
    return this.teamsService.history(user.id);
  }
}
