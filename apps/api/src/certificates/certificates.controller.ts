import { Controller, Get, HttpException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../errors/domain-error.js';
import { TokensService } from '../identity/tokens.service.js';
import { ViewerLoaderService } from '../identity/viewer-loader.service.js';
import { CertificatePdfService } from './certificate-pdf.service.js';
import { CertificatesService } from './certificates.service.js';
import { SigningKeysService } from './signing-keys.service.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * What verifiers fetch (public, any origin): the key set, each key at its `kid` URL, the status lists. And the PDF
 * of a certificate, for its holder and admins in scope (bearer token, as GraphQL).
 */
@Controller()
export class CertificatesController {
  constructor(
    private readonly keys: SigningKeysService,
    private readonly certificates: CertificatesService,
    private readonly pdfs: CertificatePdfService,
    private readonly tokens: TokensService,
    private readonly viewers: ViewerLoaderService,
  ) {}

  @Get('.well-known/jwks.json')
  async jwks(@Res() res: Response): Promise<void> {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.json({ keys: await this.keys.publicKeys() });
  }

  @Get('.well-known/jwks/:thumbprint')
  async key(@Param('thumbprint') thumbprint: string, @Res() res: Response): Promise<void> {
    const key = /^[A-Za-z0-9_-]{43}$/.test(thumbprint) ? await this.keys.publicKey(thumbprint) : null;
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!key) {
      res.status(404).json({ code: 'NOT_FOUND' });
      return;
    }
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('application/jwk+json').send(JSON.stringify(key));
  }

  @Get('credentials/status/:list')
  async statusList(@Param('list') list: string, @Res() res: Response): Promise<void> {
    const jwt = /^\d{1,6}$/.test(list) ? await this.certificates.statusListJwt(Number(list)) : null;
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!jwt) {
      res.status(404).json({ code: 'NOT_FOUND' });
      return;
    }
    // A revocation must be seen at once: revalidate every time.
    res.setHeader('Cache-Control', 'no-cache');
    res.type('application/jwt').send(jwt);
  }

  @Get('certificates/:file')
  async pdf(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    let body: Uint8Array;
    let serial: string;
    try {
      const header = req.headers.authorization;
      const userId = header?.startsWith('Bearer ') ? await this.tokens.verifyAccess(header.slice(7)) : null;
      const viewer = userId ? await this.viewers.load(userId) : null;
      const match = /^(.+)\.pdf$/.exec(file);
      if (!match) throw DomainError.notFound('certificates.notFound');
      const certificate = await this.certificates.getForPdf(viewer, match[1]!);
      serial = certificate.serial;
      body = await this.pdfs.render(certificate);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const english = /^en\b/i.test(req.headers['accept-language'] ?? '');
      throw new HttpException(
        { code: error.code, message: english ? error.messages.en : error.messages.vi, messages: error.messages },
        STATUS[error.code] ?? 400,
      );
    }
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="chung-nhan-${serial}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(Buffer.from(body));
  }
}
