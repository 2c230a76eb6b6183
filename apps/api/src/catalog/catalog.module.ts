import { Module } from '@nestjs/common';
import { CatalogReadModel } from './catalog-read-model.service.js';
import { CatalogResolver } from './catalog.resolver.js';
import { CatalogService } from './catalog.service.js';
import { ContentCachePlugin } from './content-cache.plugin.js';
import { CourseAssetsController } from './course-assets.controller.js';
import { ContentVersionsService } from './content-versions.service.js';
import { CourseImportService } from './course-import.service.js';

/** Courses, modules, lessons and quizzes: the read side, and the importer from courses/. */
@Module({
  controllers: [CourseAssetsController],
  providers: [CatalogService, CatalogReadModel, CatalogResolver, CourseImportService, ContentCachePlugin, ContentVersionsService],
  exports: [CatalogService, CatalogReadModel, CourseImportService, ContentVersionsService],
})
export class CatalogModule {}
