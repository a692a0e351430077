import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n/stories.ts';
import type { Bound } from './useSubmitFlow.ts';

export interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: ComponentChildren;
  children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}

/** A labelled form field with its hint and its error, wired together for screen readers. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
      {children(describedBy, Boolean(error))}
      {hint && (
        <p id={hintId} class="meta">
          {hint}
        </p>
      )}
    </div>
  );
}

export const Count = ({ value, max }: { value: string; max: number }) => (
  <span class={value.trim().length > max ? 'over' : undefined}>{t('field.count', { count: value.trim().length, max })}</span>
);

export interface TextOptions {
  multiline?: boolean;
  rows?: number;
  type?: string;
  autocomplete?: string;
  hint?: string;
  inputMode?: 'numeric';
}

/** A text input or textarea; with a length limit, its hint counts the characters. */
export function TextField({
  id,
  name,
  label,
  error,
  max,
  value,
  onValue,
  multiline,
  rows = 5,
  type = 'text',
  autocomplete = 'off',
  hint,
  inputMode,
}: Bound<string> & TextOptions) {
  return (
    <Field
      id={id}
      label={label}
      error={error}
      hint={
        hint || max ? (
          <>
            {hint}
            {hint && max ? ' ' : ''}
            {max && <Count value={value} max={max} />}
          </>
        ) : undefined
      }
    >
      {(describedBy, invalid) =>
        multiline ? (
          <textarea
            id={id}
            name={name}
            rows={rows}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onInput={(e) => onValue(e.currentTarget.value)}
          />
        ) : (
          <input
            id={id}
            name={name}
            type={type}
            inputMode={inputMode}
            autocomplete={autocomplete}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onInput={(e) => onValue(e.currentTarget.value)}
          />
        )
      }
    </Field>
  );
}

/** A choice from a list, starting at "choose". */
export function SelectField({
  id,
  name,
  label,
  error,
  value,
  onValue,
  options,
  hint,
}: Bound<string> & { options: { value: string; label: string }[]; hint?: string }) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <select
          id={id}
          name={name}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onValue(e.currentTarget.value)}
        >
          <option value="">{t('field.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A consent checkbox, its error above it. */
export function Consent({ id, name, label, error, value, onValue }: Bound<boolean>) {
  return (
    <div class={`field checkbox${error ? ' has-error' : ''}`}>
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
      <label>
        <input
          id={id}
          name={name}
          type="checkbox"
          checked={value}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onValue(e.currentTarget.checked)}
        />{' '}
        {label}
      </label>
    </div>
  );
}

interface Contact {
  contact_name: string;
  contact_email: string;
  consent_publish: boolean;
  consent_privacy: boolean;
}

/** The contact person and the two consents, the same in every contribution form; seen only by the editors. */
export function ContactFields({ field }: { field: <K extends keyof Contact>(f: K) => Bound<Contact[K]> }) {
  return (
    <fieldset>
      <legend>{t('submit.sectionContact')}</legend>
      <p class="meta">{t('submit.contactPrivate')}</p>
      <TextField {...field('contact_name')} autocomplete="name" />
      <TextField {...field('contact_email')} type="email" autocomplete="email" />
      <Consent {...field('consent_publish')} />
      <Consent {...field('consent_privacy')} />
    </fieldset>
  );
}
