import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PlacePicker, type Place } from '../../shared/admin-units/PlacePicker.js';
import { Field, FormAlert, SubmitButton } from '../../shared/forms/Field.js';
import { focusFirstInvalid, formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { CreateTeamMutation } from './teams.graphql.js';
import './teams-texts.js';

const FIELD_ORDER: Array<[string, string]> = [
  ['communeCode', 'team-new-commune'],
  ['name', 'team-new-name'],
];

/** Admins create a team in a commune of their province (national admins: anywhere). */
export function CreateTeamForm({ allowedProvinces }: { allowedProvinces: string[] | null }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const onlyProvince = allowedProvinces?.length === 1 ? allowedProvinces[0]! : '';
  const [place, setPlace] = useState<Place>({ provinceCode: onlyProvince, commune: null });
  const [name, setName] = useState('');
  const [village, setVillage] = useState('');
  const create = useMutation({
    mutationFn: () =>
      execute(CreateTeamMutation, { input: { communeCode: place.commune?.code ?? '', name, village: village.trim() || null } }),
    onSuccess: ({ createTeam }) => {
      void queryClient.invalidateQueries({ queryKey: ['teams'] });
      navigate(`/to/${createTeam.id}`);
    },
    onError: (error) => focusFirstInvalid(formErrors(error, i18n.language, t), FIELD_ORDER),
  });
  const errors = formErrors(create.error, i18n.language, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!create.isPending) create.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="form" aria-label={t('teams.create')}>
      <FormAlert message={errors.general} />
      <PlacePicker
        id="team-new"
        value={place}
        onChange={setPlace}
        error={errors.fields.communeCode}
        allowedProvinces={allowedProvinces ?? undefined}
      />
      <Field
        id="team-new-name"
        label={t('teams.name')}
        hint={t('teams.nameHint')}
        value={name}
        onChange={setName}
        error={errors.fields.name}
      />
      <Field id="team-new-village" label={t('teams.village')} value={village} onChange={setVillage} error={errors.fields.village} />
      <SubmitButton pending={create.isPending}>{t('teams.createSubmit')}</SubmitButton>
    </form>
  );
}
