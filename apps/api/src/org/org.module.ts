import { Module } from '@nestjs/common';
import { AdminUnitsLoaderService } from './admin-units-loader.service.js';
import { AdminUnitsResolver } from './admin-units.resolver.js';
import { AdminUnitsService } from './admin-units.service.js';
import { TeamImportService } from './team-import.service.js';
import { TeamsResolver, UserTeamResolver } from './teams.resolver.js';
import { TeamsService } from './teams.service.js';

/** Administrative units (province → commune), teams and memberships. */
@Module({
  providers: [
    AdminUnitsService,
    AdminUnitsResolver,
    AdminUnitsLoaderService,
    TeamsService,
    TeamImportService,
    TeamsResolver,
    UserTeamResolver,
  ],
  exports: [AdminUnitsService, AdminUnitsLoaderService, TeamsService],
})
export class OrgModule {}
