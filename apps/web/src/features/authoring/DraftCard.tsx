import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonDraftQuery } from '../../gql/graphql.js';

type DraftFields = NonNullable<LessonDraftQuery['lessonDraft']['draft']>;
import { FieldError, FormAlert } from '../../shared/forms/Field.js';
import { formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { PublishDraftMutation, ReviewDraftMutation, SubmitDraftMutation } from './authoring.graphql.js';
import { useDraftImageUrls } from './ImageUpload.js';
import { LineDiff } from './LineDiff.js';
import { NS } from './texts.js';

interface DraftCardProps {
  draft: Omit<DraftFields, 'images'> & { images?: DraftFields['images']; problems?: { path: string; message: string }[] };
  /** Show the changed files' diffs open (the review queue) or folded (an editor's own draft). */
  open?: boolean;
  /** Told what was done, to say it where it stays (a published draft leaves the queue). */
  onDone?: (text: string) => void;
}

/** One draft: its state, its changes against the published text, and what the viewer may do with it now. */
export function DraftCard({ draft, open = false, onDone }: DraftCardProps) {
  const { t, i18n } = useTranslation(NS);
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  // Sending back without saying what to change helps nobody: asked for here before the API refuses it.
  const [commentMissing, setCommentMissing] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['authoring'] });
  const submit = useMutation({
    mutationFn: () => execute(SubmitDraftMutation, { input: { draftId: draft.id } }),
    onSuccess: async () => {
      setDone(t('submitted'));
      onDone?.(t('submitted'));
      await refresh();
    },
  });
  const review = useMutation({
    mutationFn: (decision: 'APPROVE' | 'SEND_BACK') =>
      execute(ReviewDraftMutation, { input: { draftId: draft.id, decision: decision as never, comment: comment.trim() || null } }),
    onSuccess: refresh,
  });
  const publish = useMutation({
    mutationFn: () => execute(PublishDraftMutation, { input: { draftId: draft.id, note: note.trim() || null } }),
    onSuccess: async () => {
      setDone(t('published'));
      onDone?.(t('published'));
      await refresh();
    },
  });
  const error = submit.error ?? review.error ?? publish.error;
  const errors = formErrors(error, i18n.language, tc);
  const commentError = commentMissing ? t('commentRequired') : errors.fields.comment;
  const pending = submit.isPending || review.isPending || publish.isPending;
  const editable = draft.status === 'DRAFT' || draft.status === 'CHANGES_REQUESTED';
  const id = `draft-${draft.id}`;
  const images = draft.images ?? [];
  const imageUrls = useDraftImageUrls(
    draft.courseSlug,
    images.filter((i) => i.change !== 'REMOVED').map((i) => i.path),
  );

  return (
    <article className="card draft" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{draft.title}</h3>
      <p className="card__meta">
        <span className={`badge badge--${draft.status.toLowerCase()}`}>{t(`status_${draft.status}`)}</span>
        {draft.authorName && <> · {t('author', { name: draft.authorName })}</>}
        {draft.provinceCode && <> · {t('province', { code: draft.provinceCode })}</>}
      </p>
      {draft.reviewComment && <p className="draft__comment">{t('reviewComment', { comment: draft.reviewComment })}</p>}
      {draft.problems && draft.problems.length > 0 && (
        <div className="draft__problems">
          <p>{t('problems')}</p>
          <ul>
            {draft.problems.map((p, i) => (
              <li key={i}>
                {p.path}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details open={open}>
        <summary>
          {t('files')} ({draft.files.length + images.length})
        </summary>
        {draft.files.map((f) => (
          <section key={f.path} aria-label={f.path}>
            <h4 className="draft__path">
              {f.path} <span className="card__meta">({t(`change_${f.change}`)})</span>
            </h4>
            <LineDiff before={f.before} after={f.after} />
          </section>
        ))}
        {images.map((image) => (
          <figure key={image.path} className="draft__image">
            {/* Described by the lesson text that uses it (shown above); here it is one of the changed files. */}
            {imageUrls[image.path] && <img src={imageUrls[image.path]} alt="" />}
            <figcaption className="draft__path">
              {image.path} <span className="card__meta">({t(`change_${image.change}`)})</span>
            </figcaption>
          </figure>
        ))}
      </details>
      <FormAlert message={errors.general} />
      {done && (
        <p role="status" className="form-success">
          {done}
        </p>
      )}
      <div className="button-row">
        {editable && (
          <button type="button" className="button button--primary" disabled={pending} onClick={() => submit.mutate()}>
            {t('submit')}
          </button>
        )}
      </div>
      {(draft.status === 'IN_REVIEW' || draft.status === 'APPROVED') && draft.mine && !draft.canReview && <p>{t('ownDraft')}</p>}
      {draft.status === 'IN_REVIEW' && draft.canReview && (
        <div className="draft__review">
          <div className={`field${commentError ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-comment`}>{t('comment')}</label>
            <p id={`${id}-comment-hint`} className="field__hint">
              {t('commentHint')}
            </p>
            <textarea
              id={`${id}-comment`}
              rows={3}
              value={comment}
              onChange={(e) => {
                setComment(e.target.value);
                setCommentMissing(false);
              }}
              aria-describedby={`${id}-comment-hint${commentError ? ` ${id}-comment-error` : ''}`}
              aria-invalid={commentError ? true : undefined}
            />
            <FieldError id={`${id}-comment`} error={commentError} />
          </div>
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={pending} onClick={() => review.mutate('APPROVE')}>
              {t('approve')}
            </button>
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() => {
                if (!comment.trim()) {
                  setCommentMissing(true);
                  document.getElementById(`${id}-comment`)?.focus();
                } else review.mutate('SEND_BACK');
              }}
            >
              {t('sendBack')}
            </button>
          </div>
        </div>
      )}
      {draft.status === 'APPROVED' && draft.canReview && (
        <div className="draft__publish">
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('publishNote')}</label>
            <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="button" className="button button--primary" disabled={pending} onClick={() => publish.mutate()}>
            {t('publish')}
          </button>
        </div>
      )}
    </article>
  );
}
