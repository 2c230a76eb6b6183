import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { execute } from '../../shared/graphql/execute.js';
import { OpenDraftsQuery } from './authoring.graphql.js';
import { NS } from './texts.js';

interface DraftChoiceProps {
  courseSlug: string;
  /** '' for a new draft, else the id of the open draft to add the change to. */
  value: string;
  onChange(draftId: string): void;
}

/**
 * Where a change to a lesson that is in no draft yet goes: a new draft, or one of the viewer's own open drafts still
 * being written, so that changes that only make sense together (two lessons renumbered, a lesson added before
 * another) are checked, reviewed and published as one (SaveLessonDraftInput.draftId). Shows nothing when the viewer
 * has no such draft.
 */
export function DraftChoice({ courseSlug, value, onChange }: DraftChoiceProps) {
  const { t } = useTranslation(NS);
  const query = useQuery({
    queryKey: ['authoring', 'drafts', courseSlug, 'open'],
    queryFn: () => execute(OpenDraftsQuery, { courseSlug }),
  });
  const drafts = (query.data?.contentDrafts ?? []).filter((d) => d.mine && (d.status === 'DRAFT' || d.status === 'CHANGES_REQUESTED'));
  if (drafts.length === 0) return null;
  return (
    <fieldset className="field draft-choice" aria-describedby="draft-choice-hint">
      <legend>{t('draftChoice')}</legend>
      <p id="draft-choice-hint" className="field__hint">
        {t('draftAddHint')}
      </p>
      <div className="field--check">
        <input id="draft-choice-new" type="radio" name="draft-choice" checked={value === ''} onChange={() => onChange('')} />
        <label htmlFor="draft-choice-new">{t('draftNew')}</label>
      </div>
      {drafts.map((d) => (
        <div key={d.id} className="field--check">
          <input id={`draft-choice-${d.id}`} type="radio" name="draft-choice" checked={value === d.id} onChange={() => onChange(d.id)} />
          <label htmlFor={`draft-choice-${d.id}`}>{t('draftAdd', { title: d.title })}</label>
        </div>
      ))}
    </fieldset>
  );
}
