import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n/stories.ts';

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
      {error && <p id={errorId} class="field-error">{error}</p>}
      {children(describedBy, Boolean(error))}
      {hint && <p id={hintId} class="meta">{hint}</p>}
    </div>
  );
}

export const Count = ({ value, max }: { value: string; max: number }) => (
  <span class={value.trim().length > max ? 'over' : undefined}>{t('field.count', { count: value.trim().length, max })}</span>
);
