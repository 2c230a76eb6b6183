import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { Field, FormAlert, SubmitButton } from '../../shared/forms/Field.js';
import { formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { GiveQuizRound } from './GiveQuizRound.js';
import { SignInFirst } from './SignInFirst.js';
import { TEAM_COURSE, waitingQuizzes } from './team-progress.js';
import { LearnerQuizRoundsQuery } from './teams.graphql.js';
import './teams-texts.js';
import '../account/account-texts.js';

/**
 * `/cho-lam-lai`: a trainer or an admin (who see no team page of the learner, or would have to search for it) finds a
 * learner by phone and gives them a new quiz round at once. Whom they may reach is the API's rule (mayGiveQuizRound):
 * anyone else, and a number nobody has, read the same "not found".
 */
export default function QuizRoundHelpPage() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const [phone, setPhone] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  useDocumentTitle(t('helpRound.title'));
  const key = ['learner-quiz-rounds', asked] as const;
  const found = useQuery({
    queryKey: key,
    queryFn: () => execute(LearnerQuizRoundsQuery, { phone: asked!, courseSlug: TEAM_COURSE }),
    enabled: asked !== null && auth.status === 'signedIn',
    retry: false,
  });

  if (auth.status === 'anonymous') {
    return <SignInFirst title={t('helpRound.title')} message={t('helpRound.signInNeeded')} returnTo="/cho-lam-lai" />;
  }
  const errors = formErrors(found.error, i18n.language, t);
  const learner = found.data?.learnerQuizRounds;
  const waiting = learner ? waitingQuizzes(learner.progress) : [];

  function submit(e: FormEvent) {
    e.preventDefault();
    setAsked(phone.trim());
    if (asked === phone.trim()) void found.refetch();
  }

  return (
    <section aria-labelledby="help-round-title">
      <h1 id="help-round-title">{t('helpRound.title')}</h1>
      <form noValidate onSubmit={submit} className="form">
        <p className="field__hint">{t('helpRound.intro')}</p>
        <FormAlert message={errors.fields.phone ? null : errors.general} />
        <Field
          id="help-round-phone"
          label={t('helpRound.phone')}
          hint={t('auth.phoneHint')}
          type="tel"
          inputMode="numeric"
          autoComplete="off"
          value={phone}
          onChange={setPhone}
          error={errors.fields.phone}
        />
        <SubmitButton pending={found.isFetching}>{t('helpRound.find')}</SubmitButton>
      </form>
      <div role="status" aria-live="polite">
        {found.isSuccess && !learner && <p>{t('helpRound.notFound')}</p>}
        {learner && (
          <div className="card">
            <h2>{t('helpRound.found', { name: learner.fullName })}</h2>
            {waiting.length === 0 && <p>{t('helpRound.nothingWaiting', { name: learner.fullName })}</p>}
          </div>
        )}
      </div>
      {learner && <GiveQuizRound refresh={key} userId={learner.userId} fullName={learner.fullName} waiting={waiting} />}
    </section>
  );
}
