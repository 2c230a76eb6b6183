import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../../shared/auth/session-store.js';
import { Field, FormAlert } from '../../shared/forms/Field.js';
import { refreshSession } from '../../shared/graphql/execute.js';
import { cleanAlt } from './insert-image.js';
import { NS } from './texts.js';

/** What POST /authoring/images/<course> answers (apps/api/src/authoring/draft-images.controller.ts). */
export interface UploadedImage {
  draftId: string | null;
  path: string;
  src: string;
  width: number;
  height: number;
  bytes: number;
}

interface Refusal {
  message?: string;
  messages?: { vi: string; en: string };
}

export class UploadError extends Error {
  constructor(readonly refusal: Refusal | null) {
    super(refusal?.message ?? 'upload failed');
  }
}

/** Where the image goes: beside an existing lesson, or in the module (and province) of a new one. */
export interface ImageTarget {
  lessonSlug?: string | null;
  moduleSlug?: string | null;
  provinceCode?: string | null;
  draftId?: string | null;
}

/** The API's limit (apps/api/src/authoring/image-upload.ts MAX_UPLOAD_BYTES). */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const bearer = (): Record<string, string> => {
  const token = sessionStore.get()?.accessToken;
  return token ? { Authorization: `Bearer ${token}` } : {};
};

/** Sends the picked file as it is (the API checks it and re-encodes it); signs in again once if the token expired. */
export async function uploadImage(courseSlug: string, file: Blob & { name?: string }, target: ImageTarget): Promise<UploadedImage> {
  const send = () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(target)) if (value) form.append(key, value);
    form.append('image', file, file.name ?? 'anh');
    return fetch(`/authoring/images/${encodeURIComponent(courseSlug)}`, { method: 'POST', body: form, headers: bearer() });
  };
  let res = await send();
  if (res.status === 401 && (await refreshSession())) res = await send();
  const body = (await res.json().catch(() => null)) as (UploadedImage & Refusal) | null;
  if (!res.ok || !body) throw new UploadError(body);
  return body;
}

const NO_URLS: Record<string, string> = {};

/**
 * Object URLs of images that are in a draft, not published yet (the public asset route does not have them): fetched
 * with the trainer's token from GET /authoring/images/<course>/<path>. Keyed by course-relative path.
 */
export function useDraftImageUrls(courseSlug: string, paths: string[]): Record<string, string> {
  // One query for the lesson's draft images (not useQueries: that would put more of react-query on every page, the
  // first one included, since the library travels in the shared vendor chunk).
  const images = useQuery({
    queryKey: ['authoring', 'images', courseSlug, ...paths],
    queryFn: async () => {
      const entries = await Promise.all(
        paths.map(async (path) => {
          const url = `/authoring/images/${encodeURIComponent(courseSlug)}/${path.split('/').map(encodeURIComponent).join('/')}`;
          const res = await fetch(url, { headers: bearer() });
          return res.ok ? ([path, URL.createObjectURL(await res.blob())] as const) : null;
        }),
      );
      return Object.fromEntries(entries.filter((e) => e !== null));
    },
    enabled: paths.length > 0,
    staleTime: Infinity,
  });
  return images.data ?? NO_URLS;
}

interface ImageUploadProps {
  courseSlug: string;
  target: ImageTarget;
  /** Called with the uploaded image and its alt text, to insert `![alt](src)` into the lesson. */
  onUploaded(image: UploadedImage, alt: string): void;
}

/**
 * "Thêm ảnh": pick a picture (on a phone the camera is offered too), describe it (required: a screen reader reads
 * only this), then upload it and hand it to the editor to insert at the cursor.
 */
export function ImageUpload({ courseSlug, target, onUploaded }: ImageUploadProps) {
  const { t, i18n } = useTranslation(NS);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [altError, setAltError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setAlt('');
    setAltError(undefined);
  };
  const insert = async () => {
    if (!file) return;
    const description = cleanAlt(alt);
    if (!description) {
      setAltError(t('imageAltRequired'));
      return;
    }
    setAltError(undefined);
    // Said before sending: a phone on a slow connection should not send 20 MB to hear it is too much.
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(t('imageTooBig'));
      return;
    }
    setError(null);
    setPending(true);
    try {
      const image = await uploadImage(courseSlug, file, target);
      onUploaded(image, description);
      setDone(t('imageInserted', { alt: description, kb: Math.max(1, Math.round(image.bytes / 1024)) }));
      reset();
    } catch (e) {
      const refusal = e instanceof UploadError ? e.refusal : null;
      const english = i18n.language.startsWith('en');
      setError((english ? refusal?.messages?.en : (refusal?.messages?.vi ?? refusal?.message)) ?? t('uploadFailed'));
    } finally {
      setPending(false);
    }
  };
  // Enter in the description inserts the image rather than submitting the lesson form around it.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void insert();
    }
  };

  return (
    <div className="image-upload">
      <p id="lesson-image-hint" className="field__hint">
        {t('addImageHint')}
      </p>
      {/* The input first, hidden but focusable, so its focus ring can show on the label that looks like a button. */}
      <input
        id="lesson-image-file"
        className="visually-hidden"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif"
        aria-label={t('imageFile')}
        aria-describedby="lesson-image-hint"
        onChange={(e) => {
          setDone(null);
          setError(null);
          setFile(e.target.files?.[0] ?? null);
          e.target.value = '';
        }}
      />
      <label htmlFor="lesson-image-file" className="button">
        {t('addImage')}
      </label>
      {file && (
        <div className="image-upload__panel" role="group" aria-label={t('addImage')}>
          <p>{file.name}</p>
          <Field
            id="lesson-image-alt"
            label={t('imageAlt')}
            hint={t('imageAltHint')}
            value={alt}
            onChange={setAlt}
            onKeyDown={onKeyDown}
            error={altError}
            required
          />
          <p className="button-row">
            <button type="button" className="button" disabled={pending} onClick={() => void insert()}>
              {pending ? t('uploading') : t('insertImage')}
            </button>
            <button type="button" className="button" disabled={pending} onClick={reset}>
              {t('cancel')}
            </button>
          </p>
        </div>
      )}
      <FormAlert message={error} />
      {done && (
        <p role="status" className="form-success">
          {done}
        </p>
      )}
    </div>
  );
}
