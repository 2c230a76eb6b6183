import { Controller, Get, HttpException, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../errors/domain-error.js';
import { TokensService } from '../identity/tokens.service.js';
import { ViewerLoaderService } from '../identity/viewer-loader.service.js';
import { ReportExportService, type ExportFormat } from './report-export.service.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };
const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * GET /reports/completion.csv and /reports/completion.xlsx with the parameters of completionReport
 * (scopeCode, courseSlug, from, to). Signed in by the same bearer token as GraphQL; the same scope rules apply.
 */
@Controller('reports')
export class ReportExportController {
  constructor(
    private readonly exports: ReportExportService,
    private readonly tokens: TokensService,
    private readonly viewers: ViewerLoaderService,
  ) {}

  @Get('completion.csv')
  csv(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, string>): Promise<void> {
    return this.send('csv', req, res, query);
  }

  @Get('completion.xlsx')
  xlsx(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, string>): Promise<void> {
    return this.send('xlsx', req, res, query);
  }

  private async send(format: ExportFormat, req: Request, res: Response, query: Record<string, string>): Promise<void> {
    let job;
    try {
      const header = req.headers.authorization;
      const userId = header?.startsWith('Bearer ') ? await this.tokens.verifyAccess(header.slice(7)) : null;
      const viewer = userId ? await this.viewers.load(userId) : null;
      if (!viewer) throw DomainError.unauthenticated();
      if (typeof query.courseSlug !== 'string' || !query.courseSlug) throw DomainError.notFound('course.notFound');
      job = await this.exports.prepare(viewer, format, {
        scopeCode: str(query.scopeCode),
        courseSlug: query.courseSlug,
        from: str(query.from),
        to: str(query.to),
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const english = /^en\b/i.test(req.headers['accept-language'] ?? '');
      throw new HttpException(
        { code: error.code, message: english ? error.messages.en : error.messages.vi, messages: error.messages, fields: error.fields },
        STATUS[error.code] ?? 400,
      );
    }
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${job.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    await job.write(res);
  }
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
