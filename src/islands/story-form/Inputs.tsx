import type { ComponentChildren, Ref } from 'preact';
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

/** A consent checkbox, its error above it. */
export function Consent({ id, label, error, checked, onChange }: { id: string; label: string; error?: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div class={`field checkbox${error ? ' has-error' : ''}`}>
      {error && <p id={`${id}-error`} class="field-error">{error}</p>}
      <label><input id={id} type="checkbox" checked={checked} aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)} /> {label}</label>
    </div>
  );
}

/** What to fix before sending, each item a link to its field; the form focuses it after a refused send. */
export function ProblemSummary({ items, summaryRef }: { items: { id: string; label: string; text: string }[]; summaryRef: Ref<HTMLDivElement> }) {
  if (!items.length) return null;
  return (
    <div class="notice bad" tabIndex={-1} ref={summaryRef} role="group" aria-labelledby="ret-felter">
      <p id="ret-felter"><strong>{t('submit.summaryTitle', { count: items.length })}</strong></p>
      <ul>{items.map((p) => <li key={p.id}><a href={`#${p.id}`}>{p.label.replace(/[.?]$/, '')}: {p.text}</a></li>)}</ul>
    </div>
  );
}
