import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

/** Images that sit beside lessons, served from the database so the API needs no course files at run time. */
@Controller('assets/course')
export class CourseAssetsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':courseSlug/*path')
  async asset(@Param('courseSlug') courseSlug: string, @Param('path') path: string | string[], @Res() res: Response): Promise<void> {
    const assetPath = Array.isArray(path) ? path.join('/') : path;
    const rows: { content_type: string; data: Buffer }[] = await this.dataSource.query(
      `SELECT a.content_type, a.data FROM course_assets a JOIN courses c ON c.id = a.course_id WHERE c.slug = $1 AND a.path = $2`,
      [courseSlug, assetPath],
    );
    const asset = rows[0];
    if (!asset) throw new NotFoundException();
    res.setHeader('Content-Type', asset.content_type);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // An SVG opened on its own must not run scripts.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.send(asset.data);
  }
}
