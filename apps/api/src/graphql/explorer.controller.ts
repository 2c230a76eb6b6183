import { Controller, Get, Header } from '@nestjs/common';
import { explorerPage } from './explorer-page.js';

/**
 * GET /graphql: a small query explorer that works offline (Apollo's and GraphiQL's landing pages load
 * their scripts from a CDN, which these users and our CI cannot reach). POST /graphql is Apollo itself.
 */
@Controller('graphql')
export class ExplorerController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'")
  page(): string {
    return explorerPage;
  }
}
