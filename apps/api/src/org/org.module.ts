import { Module } from '@nestjs/common';
import { AdminUnitsLoaderService } from './admin-units-loader.service.js';
import { AdminUnitsResolver } from './admin-units.resolver.js';
import { AdminUnitsService } from './admin-units.service.js';

/** Administrative units (province → commune), teams and memberships. */
@Module({
  providers: [AdminUnitsService, AdminUnitsResolver, AdminUnitsLoaderService],
  exports: [AdminUnitsService, AdminUnitsLoaderService],
})
export class OrgModule {}
