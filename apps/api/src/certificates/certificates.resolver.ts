import { Args, Extensions, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public } from '../identity/decorators.js';
import type { Viewer } from '../identity/viewer.js';
import { CertificatesService } from './certificates.service.js';
import { ReissueCertificateInput, RevokeCertificateInput } from './dto/certificate.inputs.js';
import { CertificateModel, CertificateVerificationModel } from './models/certificate.models.js';

@Resolver()
export class CertificatesResolver {
  constructor(private readonly certificates: CertificatesService) {}

  @Extensions({ listSize: 5 })
  @Query(() => [CertificateModel], { description: "The signed-in learner's certificates (replaced ones left out)." })
  myCertificates(@CurrentViewer() viewer: Viewer): Promise<CertificateModel[]> {
    return this.certificates.mine(viewer);
  }

  @Query(() => CertificateModel, { nullable: true, description: 'The holder and admins whose scope covers the holder; null if unknown.' })
  certificate(@Args('serial') serial: string, @CurrentViewer() viewer: Viewer): Promise<CertificateModel | null> {
    return this.certificates.get(viewer, serial);
  }

  @Public()
  @Query(() => CertificateVerificationModel, { description: 'Anyone: is this certificate valid? Never shows the phone number.' })
  verifyCertificate(@Args('serial') serial: string): Promise<CertificateVerificationModel> {
    return this.certificates.verify(serial);
  }

  @Mutation(() => CertificateModel, { description: 'Province admins (their province) and national admins; the reason is public.' })
  revokeCertificate(@Args('input') input: RevokeCertificateInput, @CurrentViewer() viewer: Viewer): Promise<CertificateModel> {
    return this.certificates.revoke(viewer, input);
  }

  @Mutation(() => CertificateModel, {
    description: 'Corrects the holder name: a new certificate; the old one is REPLACED, pointing to it.',
  })
  reissueCertificate(@Args('input') input: ReissueCertificateInput, @CurrentViewer() viewer: Viewer): Promise<CertificateModel> {
    return this.certificates.reissue(viewer, input);
  }
}
