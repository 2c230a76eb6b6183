import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, SubmitButton } from '../../shared/forms/Field.js';
import { focusFirstInvalid, formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { refreshTeam } from './refresh-team.js';
import { AddTeamMemberMutation } from './teams.graphql.js';
import './teams-texts.js';
import '../account/account-texts.js';

const FIELD_ORDER: Array<[string, string]> = [
  ['phone', 'member-phone'],
  ['fullName', 'member-fullName'],
];

/** Add someone by phone; the confirmation appears under the button just pressed, where the person is looking. */
export function AddMemberForm({ teamId, canNameLeader }: { teamId: string; canNameLeader: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [phone, setPhone] = useState('');
  const [fullName, setFullName] = useState('');
  const [leader, setLeader] = useState(false);
  const [notice, setNotice] = useState('');
  const add = useMutation({
    mutationFn: () => {
      setNotice('');
      return execute(AddTeamMemberMutation, { input: { teamId, phone, fullName, leader: canNameLeader && leader } });
    },
    onSuccess: async ({ addTeamMember }) => {
      setPhone('');
      setFullName('');
      setLeader(false);
      await refreshTeam(queryClient, teamId);
      setNotice(t('team.added', { name: addTeamMember.user.fullName }));
      // Ready for the next person.
      document.getElementById('member-phone')?.focus();
    },
    onError: (error) => focusFirstInvalid(formErrors(error, i18n.language, t), FIELD_ORDER),
  });
  const errors = formErrors(add.error, i18n.language, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!add.isPending) add.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="form" aria-labelledby="add-title">
      <h2 id="add-title">{t('team.add')}</h2>
      <p className="field__hint">{t('team.addHint')}</p>
      <FormAlert message={errors.general} />
      <Field
        id="member-phone"
        label={t('auth.phone')}
        hint={t('auth.phoneHint')}
        type="tel"
        inputMode="numeric"
        autoComplete="off"
        value={phone}
        onChange={setPhone}
        error={errors.fields.phone}
      />
      <Field
        id="member-fullName"
        label={t('auth.fullName')}
        autoComplete="off"
        value={fullName}
        onChange={setFullName}
        error={errors.fields.fullName}
      />
      {canNameLeader && (
        <label className="checkbox">
          <input type="checkbox" checked={leader} onChange={(e) => setLeader(e.target.checked)} />
          {t('team.addAsLeader')}
        </label>
      )}
      <SubmitButton pending={add.isPending}>{t('team.addSubmit')}</SubmitButton>
      <p role="status" aria-live="polite" className={notice ? 'form-success' : undefined}>
        {notice}
      </p>
    </form>
  );
}
