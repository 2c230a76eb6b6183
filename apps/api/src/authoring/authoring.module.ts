import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AuthoringResolver } from './authoring.resolver.js';
import { CourseExportController } from './course-export.controller.js';
import { CourseExportService } from './course-export.service.js';
import { AuthorGuard, DraftImagesController } from './draft-images.controller.js';
import { DraftsService } from './drafts.service.js';
import { PublishingService } from './publishing.service.js';

/** Drafts, reviews, publishing and versions of course content in the browser (issue 17). */
@Module({
  imports: [CatalogModule, IdentityModule],
  controllers: [CourseExportController, DraftImagesController],
  providers: [AuthorGuard, DraftsService, PublishingService, CourseExportService, AuthoringResolver],
  exports: [DraftsService, PublishingService, CourseExportService],
})
export class AuthoringModule {}
