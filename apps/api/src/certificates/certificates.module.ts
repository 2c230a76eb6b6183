import { Module } from '@nestjs/common';
import { AuthorizationModule } from '../authorization/authorization.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { CertificatePdfService } from './certificate-pdf.service.js';
import { CertificatesController } from './certificates.controller.js';
import { CertificatesResolver } from './certificates.resolver.js';
import { CertificatesService } from './certificates.service.js';
import { SigningKeysService } from './signing-keys.service.js';

/**
 * Certificates (issue 15): issued with the course completion (a trigger, migration 1764920000000), signed as Open
 * Badges 3.0 VC-JWTs with Ed25519 keys, verified by anyone (keys, status lists, verifyCertificate), printed as PDF.
 */
@Module({
  imports: [AuthorizationModule, IdentityModule],
  providers: [SigningKeysService, CertificatesService, CertificatePdfService, CertificatesResolver],
  controllers: [CertificatesController],
  exports: [SigningKeysService, CertificatesService],
})
export class CertificatesModule {}
