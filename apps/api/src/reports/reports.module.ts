import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { OrgModule } from '../org/org.module.js';
import { ReportExportController } from './report-export.controller.js';
import { ReportExportService } from './report-export.service.js';
import { ReportScopeService } from './report-scope.service.js';
import { ReportsResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';
import { RollupsService } from './rollups.service.js';

/** Completion reports (issue 16): roll-ups kept by triggers, report queries, exports and their audit log. */
@Module({
  imports: [CatalogModule, OrgModule, IdentityModule],
  providers: [ReportScopeService, ReportsService, ReportExportService, RollupsService, ReportsResolver],
  controllers: [ReportExportController],
  exports: [RollupsService],
})
export class ReportsModule {}
