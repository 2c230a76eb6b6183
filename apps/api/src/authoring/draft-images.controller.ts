import {
  BadRequestException,
  Body,
  Catch,
  Controller,
  Get,
  Injectable,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  UnsupportedMediaTypeException,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
  type ArgumentsHost,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { policies } from '../authorization/policies.js';
import { DomainError } from '../errors/domain-error.js';
import { TokensService } from '../identity/tokens.service.js';
import { ViewerLoaderService } from '../identity/viewer-loader.service.js';
import type { Viewer } from '../identity/viewer.js';
import { DraftsService } from './drafts.service.js';
import { MAX_UPLOAD_BYTES, reencodeImage, tooLarge } from './image-upload.js';

type AuthorRequest = Request & { viewer: Viewer };

interface UploadedImage {
  buffer: Buffer;
  size: number;
  originalname: string;
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  PAYLOAD_TOO_LARGE: 413,
  CONFLICT: 409,
};

/** Signed in by the bearer token, as a trainer or national admin; checked before an upload is read. */
@Injectable()
export class AuthorGuard implements CanActivate {
  constructor(
    private readonly tokens: TokensService,
    private readonly viewers: ViewerLoaderService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthorRequest>();
    const header = req.headers.authorization;
    const userId = header?.startsWith('Bearer ') ? await this.tokens.verifyAccess(header.slice(7)) : null;
    const viewer = userId ? await this.viewers.load(userId) : null;
    if (!viewer) throw DomainError.unauthenticated();
    if (!policies.author(viewer)) throw DomainError.forbidden();
    req.viewer = viewer;
    return true;
  }
}

/** Refusals as `{ code, message, messages }` in Vietnamese (English when asked), multer's English ones included. */
@Catch()
export class ImageErrorsFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): void {
    const domain =
      error instanceof DomainError
        ? error
        : error instanceof PayloadTooLargeException
          ? tooLarge()
          : error instanceof BadRequestException || error instanceof UnsupportedMediaTypeException
            ? new DomainError('BAD_USER_INPUT', 'authoring.imageMissing')
            : null;
    if (!domain) return super.catch(error, host);
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const english = /^en\b/i.test(req.headers['accept-language'] ?? '');
    res
      .status(STATUS[domain.code] ?? 400)
      .json({ code: domain.code, message: english ? domain.messages.en : domain.messages.vi, messages: domain.messages });
  }
}

/**
 * Images in lessons (issue 17). A multipart upload rather than a GraphQL mutation with base64: the browser sends the
 * picked file as it is (a third smaller than base64, and no 5 MB string inside the 2 MB JSON body limit), multer
 * stops reading at MAX_UPLOAD_BYTES, and the sign-in is checked before anything is read.
 *
 * POST /authoring/images/<course> (form fields `lessonSlug`, or `moduleSlug` [+ `provinceCode`] for a new lesson;
 * `draftId`; file `image`) → `{ draftId, path, src, width, height, bytes, originalBytes }`.
 * GET /authoring/images/<course>/<path>: an image as the editor previews it (the draft's, else the published one).
 */
@Controller('authoring/images')
@UseGuards(AuthorGuard)
@UseFilters(ImageErrorsFilter)
export class DraftImagesController {
  constructor(private readonly drafts: DraftsService) {}

  @Post(':courseSlug')
  @UseInterceptors(FileInterceptor('image', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 8, fieldSize: 1024 } }))
  async upload(
    @Req() req: AuthorRequest,
    @Param('courseSlug') courseSlug: string,
    @UploadedFile() file: UploadedImage | undefined,
    @Body() body: Record<string, unknown> | undefined,
  ) {
    if (!file || file.size === 0) throw new DomainError('BAD_USER_INPUT', 'authoring.imageMissing');
    const field = (name: string) => {
      const value = body?.[name];
      return typeof value === 'string' && value.trim() ? value.trim() : null;
    };
    const image = await reencodeImage(file.buffer, utf8Name(file.originalname));
    const placed = await this.drafts.addImage(
      req.viewer,
      {
        courseSlug,
        lessonSlug: field('lessonSlug'),
        moduleSlug: field('moduleSlug'),
        provinceCode: field('provinceCode'),
        draftId: field('draftId'),
      },
      image.name,
      image.data,
    );
    return { ...placed, width: image.width, height: image.height, bytes: image.data.length, originalBytes: file.size };
  }

  @Get(':courseSlug/*path')
  async image(
    @Req() req: AuthorRequest,
    @Res() res: Response,
    @Param('courseSlug') courseSlug: string,
    @Param('path') path: string | string[],
  ): Promise<void> {
    const assetPath = Array.isArray(path) ? path.join('/') : path;
    const data = await this.drafts.image(req.viewer, courseSlug, assetPath);
    res.setHeader('Content-Type', assetPath.endsWith('.svg') ? 'image/svg+xml' : 'image/webp');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.send(data);
  }
}

/** Busboy reads a part's file name as Latin-1; a browser sends UTF-8 (`Ảnh.png`). */
function utf8Name(name: string): string {
  if ([...name].some((c) => c.charCodeAt(0) > 0xff)) return name;
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? name : decoded;
}
