import { Module } from '@nestjs/common';
import { CatalogResolver } from './catalog.resolver.js';
import { CatalogService } from './catalog.service.js';
import { CourseAssetsController } from './course-assets.controller.js';
import { CourseImportService } from './course-import.service.js';

/** Courses, modules, lessons and quizzes: the read side, and the importer from courses/. */
@Module({
  controllers: [CourseAssetsController],
  providers: [CatalogService, CatalogResolver, CourseImportService],
  exports: [CatalogService, CourseImportService],
})
export class CatalogModule {}
