import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { AuthoringResolver } from './authoring.resolver.js';
import { DraftsService } from './drafts.service.js';
import { PublishingService } from './publishing.service.js';

/** Drafts, reviews, publishing and versions of course content in the browser (issue 17). */
@Module({
  imports: [CatalogModule],
  providers: [DraftsService, PublishingService, AuthoringResolver],
  exports: [DraftsService, PublishingService],
})
export class AuthoringModule {}
