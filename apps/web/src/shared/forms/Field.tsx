import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: string;
  /** Extra content after the input, inside the same row (e.g. a show-password button). */
  after?: ReactNode;
}

/** A labelled text input with its hint and its error underneath, both tied to it for screen readers. */
export function Field({ id, label, value, onChange, hint, error, after, ...input }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <div className="field__row">
        <input
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
        {after}
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field__error">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

interface PasswordFieldProps extends Omit<FieldProps, 'type' | 'after'> {
  autoComplete: 'current-password' | 'new-password';
}

/** A password input with a "show password" toggle: typing blind is hard on a small phone keyboard. */
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <Field
      {...props}
      type={shown ? 'text' : 'password'}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      after={
        <button
          type="button"
          className="button field__toggle"
          aria-pressed={shown}
          aria-controls={props.id}
          onClick={() => setShown((s) => !s)}
        >
          {t('form.showPassword')}
        </button>
      }
    />
  );
}

/** The general error of a form: announced at once, shown at its top. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'form-alert' : undefined}>
      {message}
    </div>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button button--primary button--wide" disabled={pending}>
      {pending ? (
        <>
          <span className="spinner" aria-hidden="true" /> {t('form.sending')}
        </>
      ) : (
        children
      )}
    </button>
  );
}
