import { Controller, Get, HttpException, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../errors/domain-error.js';
import { TokensService } from '../identity/tokens.service.js';
import { ViewerLoaderService } from '../identity/viewer-loader.service.js';
import { CourseExportService } from './course-export.service.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * GET /authoring/export/<course slug>[?version=N]: the course files of the published (or a given) version as a zip,
 * in the `courses/` format. Signed in by the same bearer token as GraphQL; trainers and national admins only.
 */
@Controller('authoring')
export class CourseExportController {
  constructor(
    private readonly exports: CourseExportService,
    private readonly tokens: TokensService,
    private readonly viewers: ViewerLoaderService,
  ) {}

  @Get('export/:courseSlug')
  async zip(
    @Req() req: Request,
    @Res() res: Response,
    @Param('courseSlug') courseSlug: string,
    @Query('version') version?: string,
  ): Promise<void> {
    let body: Uint8Array;
    let filename: string;
    try {
      const header = req.headers.authorization;
      const userId = header?.startsWith('Bearer ') ? await this.tokens.verifyAccess(header.slice(7)) : null;
      const viewer = userId ? await this.viewers.load(userId) : null;
      if (!viewer) throw DomainError.unauthenticated();
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(courseSlug)) throw DomainError.notFound('authoring.courseNotFound');
      const number = version && /^\d{1,9}$/.test(version) ? Number(version) : null;
      const course = await this.exports.course(viewer, courseSlug, number);
      body = this.exports.zip(course);
      filename = `${course.slug}-v${course.number}.zip`;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const english = /^en\b/i.test(req.headers['accept-language'] ?? '');
      throw new HttpException(
        { code: error.code, message: english ? error.messages.en : error.messages.vi, messages: error.messages },
        STATUS[error.code] ?? 400,
      );
    }
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(Buffer.from(body));
  }
}
