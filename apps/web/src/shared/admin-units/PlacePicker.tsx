import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { execute } from '../graphql/execute.js';
import { FieldError } from '../forms/Field.js';
import { ProvinceCommunesQuery, ProvincesQuery, SearchCommunesQuery } from './admin-units.graphql.js';
import { useDebouncedValue } from './use-debounced-value.js';
import { foldVietnamese } from '@lantoa/domain';
import './place-texts.js';

export interface Place {
  provinceCode: string;
  commune: { code: string; name: string } | null;
}

export const NO_PLACE: Place = { provinceCode: '', commune: null };

interface Option {
  code: string;
  name: string;
  provinceCode: string | null;
  provinceName: string | null;
}

const SEARCH_DELAY_MS = 250;

/** Sort key of a province: "Tỉnh Cao Bằng" files under C, "Thành phố Hà Nội" under H. */
const sortKey = (name: string) => name.replace(/^(Tỉnh|Thành phố)\s+/, '');

/** The 34 provinces, loaded once and kept (they change by law, not by the minute). */
export function useProvinces(enabled = true) {
  return useQuery({
    queryKey: ['provinces'],
    enabled,
    queryFn: () => execute(ProvincesQuery),
    staleTime: Infinity,
    select: (data) => [...data.provinces].sort((a, b) => sortKey(a.name).localeCompare(sortKey(b.name), 'vi')),
  });
}

interface PlacePickerProps {
  /** Prefix of the element ids: `${id}-province`, `${id}-commune`. */
  id: string;
  value: Place;
  onChange(place: Place): void;
  /** The API's message for communeCode. */
  error?: string;
  /** Province codes offered (a province admin creates teams in their own provinces); all when absent. */
  allowedProvinces?: readonly string[];
}

/**
 * Province select, then a commune combobox (ARIA 1.2 pattern, list autocomplete): typing searches the API after a
 * pause; with nothing typed it lists every commune of the province. Arrow keys move through the results
 * (aria-activedescendant, so focus stays in the input), Enter picks one, Escape closes the list.
 */
export function PlacePicker({ id, value, onChange, error, allowedProvinces }: PlacePickerProps) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  const [text, setText] = useState(value.commune?.name ?? '');
  const [open, setOpen] = useState(false);
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const debounced = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  // Clearing the text shows the province's list at once; only typing waits for the pause.
  const term = text.trim() === '' ? '' : debounced;
  const provinceCode = value.provinceCode || null;

  // Within a province, its communes (at most a few hundred) are filtered here as the person types: instant, and the
  // list never lags behind the text, so Arrow/Enter pick what is shown. Without a province, the API searches.
  const search = useQuery({
    queryKey: ['admin-units', 'search', term],
    queryFn: () => execute(SearchCommunesQuery, { text: term, provinceCode: null }),
    enabled: term !== '' && provinceCode === null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
  const children = useQuery({
    queryKey: ['admin-units', 'children', provinceCode],
    queryFn: () => execute(ProvinceCommunesQuery, { code: provinceCode! }),
    enabled: provinceCode !== null,
    staleTime: Infinity,
  });

  const folded = foldVietnamese(text);
  const options: Option[] = useMemo(() => {
    if (provinceCode) {
      return (children.data?.adminUnit?.children ?? [])
        .filter((u) => u.level === 3 && (folded === '' || foldVietnamese(u.name).includes(folded)))
        .map((u) => ({ code: u.code, name: u.name, provinceCode, provinceName: null }));
    }
    if (term === '') return [];
    return (search.data?.searchAdminUnits ?? [])
      .filter((u) => u.level === 3 && (!allowedProvinces || (u.province && allowedProvinces.includes(u.province.code))))
      .map((u) => ({ code: u.code, name: u.name, provinceCode: u.province?.code ?? null, provinceName: u.province?.name ?? null }));
  }, [term, folded, search.data, children.data, provinceCode, allowedProvinces]);

  const typing = provinceCode === null && text.trim() !== '' && text.trim() !== debounced;
  const loading = typing || (provinceCode ? children.isFetching : search.isFetching);
  const failed = provinceCode ? children.isError : search.isError;
  const expanded = open && options.length > 0;
  const activeIndex = options.findIndex((o) => o.code === activeCode);
  const active = activeIndex >= 0 ? options[activeIndex] : undefined;
  const optionId = (code: string) => `${id}-commune-option-${code}`;
  const provinceName = (code: string | null) => provinces.data?.find((p) => p.code === code)?.name ?? null;

  const activeId = expanded && active ? optionId(active.code) : undefined;

  // Keep the highlighted option visible in a long list (a province has up to ~160 communes).
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  function choose(option: Option) {
    onChange({ provinceCode: option.provinceCode ?? value.provinceCode, commune: { code: option.code, name: option.name } });
    setText(option.name);
    setOpen(false);
    setActiveCode(null);
  }

  function type(next: string) {
    setText(next);
    setOpen(true);
    setActiveCode(null);
    if (value.commune) onChange({ ...value, commune: null });
  }

  function move(delta: 1 | -1) {
    setOpen(true);
    if (options.length === 0) return;
    const from = activeIndex === -1 ? (delta === 1 ? -1 : options.length) : activeIndex;
    const next = (from + delta + options.length) % options.length;
    setActiveCode(options[next]!.code);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (e.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        move(-1);
        break;
      case 'Enter': {
        // With the list open, Enter picks (the only result counts as highlighted) instead of sending the form.
        const pick = active ?? (options.length === 1 ? options[0] : undefined);
        if (expanded && pick) {
          e.preventDefault();
          choose(pick);
        }
        break;
      }
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActiveCode(null);
        }
        break;
    }
  }

  function changeProvince(code: string) {
    const keep = value.commune && code === value.provinceCode;
    onChange({ provinceCode: code, commune: keep ? value.commune : null });
    if (value.commune && !keep) setText('');
    setActiveCode(null);
  }

  const offered = provinces.data?.filter((p) => !allowedProvinces || allowedProvinces.includes(p.code)) ?? [];
  const status = !open
    ? ''
    : loading
      ? t('place.searching')
      : failed
        ? t('place.loadError')
        : term !== '' && options.length === 0
          ? t('place.noResults')
          : options.length > 0
            ? t('place.results', { count: options.length })
            : '';
  const communeId = `${id}-commune`;
  const describedBy = [`${communeId}-hint`, value.commune ? `${communeId}-chosen` : null, error ? `${communeId}-error` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-province`}>{t('place.province')}</label>
        <select
          id={`${id}-province`}
          value={value.provinceCode}
          onChange={(e) => changeProvince(e.target.value)}
          disabled={provinces.isPending}
          autoComplete="address-level1"
        >
          <option value="">{provinces.isPending ? t('state.loading') : t('place.chooseProvince')}</option>
          {offered.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
        {provinces.isError && (
          <p className="field__error">
            {t('place.loadError')}{' '}
            <button type="button" className="button" onClick={() => void provinces.refetch()}>
              {t('state.retry')}
            </button>
          </p>
        )}
      </div>

      <div className={`field combobox${error ? ' field--invalid' : ''}`}>
        <label htmlFor={communeId} id={`${communeId}-label`}>
          {t('place.commune')}
        </label>
        <p id={`${communeId}-hint`} className="field__hint">
          {provinceCode ? t('place.communeHint') : t('place.communeHintNoProvince')}
        </p>
        <input
          id={communeId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${communeId}-listbox`}
          aria-activedescendant={activeId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          autoCapitalize="words"
          spellCheck={false}
          value={text}
          onChange={(e) => type(e.target.value)}
          onKeyDown={onKeyDown}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={`${communeId}-listbox`}
          role="listbox"
          aria-labelledby={`${communeId}-label`}
          className="combobox__list"
          hidden={!expanded}
          // Keeps focus in the input when an option is tapped, so the list does not close before the tap lands.
          onMouseDown={(e) => e.preventDefault()}
        >
          {options.map((o) => (
            <li
              key={o.code}
              id={optionId(o.code)}
              role="option"
              aria-selected={o.code === active?.code}
              className={`combobox__option${o.code === value.commune?.code ? ' combobox__option--chosen' : ''}`}
              onClick={() => choose(o)}
            >
              {o.name}
              {o.provinceName && o.provinceCode !== provinceCode && <span className="combobox__province">, {o.provinceName}</span>}
            </li>
          ))}
        </ul>
        <p className="visually-hidden" role="status" aria-live="polite">
          {status}
        </p>
        {open && status && !expanded && (
          <p className="field__hint" aria-hidden="true">
            {status}
          </p>
        )}
        {value.commune && (
          <p id={`${communeId}-chosen`} className="field__chosen">
            <span aria-hidden="true">✓ </span>
            {t('place.chosen', {
              name: [value.commune.name, provinceName(value.provinceCode)].filter(Boolean).join(', '),
            })}
          </p>
        )}
        <FieldError id={communeId} error={error} />
      </div>
    </>
  );
}
