import { Controller, Get, Next, Req, Res } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { explorerPage } from './explorer-page.js';

/**
 * GET /graphql: a small query explorer that works offline (Apollo's and GraphiQL's landing pages load
 * their scripts from a CDN, which these users and our CI cannot reach). POST /graphql is Apollo itself, and so is a
 * GET that carries a query (how the web client reads content, so it can be cached: catalog/content-cache.plugin.ts).
 */
@Controller('graphql')
export class ExplorerController {
  @Get()
  page(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    if (typeof req.query.query === 'string' || typeof req.query.extensions === 'string') return next();
    res
      .type('text/html; charset=utf-8')
      .setHeader('Content-Security-Policy', "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'")
      .send(explorerPage);
  }
}
