import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../identity/decorators.js';
import type { Viewer } from '../identity/viewer.js';
import { CompletionReportInput, ReportExportsInput } from './dto/report.inputs.js';
import { CompletionReportModel, CompletionTimeSeriesModel, ModuleFunnelModel, ReportExportPageModel } from './models/report.models.js';
import { ReportExportService } from './report-export.service.js';
import { ReportScopeService } from './report-scope.service.js';
import { ReportsService } from './reports.service.js';

@Resolver()
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly exports: ReportExportService,
    private readonly scopes: ReportScopeService,
  ) {}

  @Query(() => CompletionReportModel, {
    description:
      'One row per child unit plus totals, for team members and citizens. National admins, province admins (their province), team leaders (their team).',
  })
  completionReport(@Args('input') input: CompletionReportInput, @CurrentViewer() viewer: Viewer): Promise<CompletionReportModel> {
    return this.reports.completionReport(viewer, input);
  }

  @Query(() => CompletionTimeSeriesModel, { description: 'Weekly module and course completions of a scope (26 weeks by default).' })
  completionTimeSeries(@Args('input') input: CompletionReportInput, @CurrentViewer() viewer: Viewer): Promise<CompletionTimeSeriesModel> {
    return this.reports.timeSeries(viewer, input);
  }

  @Query(() => ModuleFunnelModel, { description: 'How many reached each module, passed its quiz and completed it.' })
  moduleFunnel(@Args('input') input: CompletionReportInput, @CurrentViewer() viewer: Viewer): Promise<ModuleFunnelModel> {
    return this.reports.moduleFunnel(viewer, input);
  }

  @Query(() => String, { nullable: true, description: 'The widest report scope the viewer may read; null when none.' })
  myReportScope(@CurrentViewer() viewer: Viewer): string | null {
    return this.scopes.defaultScopeCode(viewer);
  }

  @Query(() => ReportExportPageModel, { description: 'Audit log of report exports, newest first. National admins only.' })
  reportExports(
    @Args('input', { type: () => ReportExportsInput, nullable: true }) input: ReportExportsInput | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReportExportPageModel> {
    return this.exports.auditLog(viewer, input ?? { offset: 0, limit: 50 });
  }
}
