/**
 * The one error pattern for every form (GOV.UK's error summary; DESIGN.md »Forms»): a box at the
 * top of the form that lists every error at once, each linking to its field, announced by screen
 * readers. It takes focus each time `focusKey` changes — bump it on a submit attempt, never on a
 * keystroke, so a live calculator does not steal focus while someone types.
 * Not an island itself: islands render it inside their own form.
 *
 * @example
 *   <ErrorSummary title="Ret 2 fejl" errors={[{ fieldId: 'email', message: 'Skriv din e-mail' }]} focusKey={attempts} />
 */
import { useEffect, useRef } from 'preact/hooks';

export interface FieldError {
  /** The `id` of the input the message belongs to (the link moves focus there). */
  fieldId: string;
  message: string;
}

export function ErrorSummary({
  title,
  errors,
  focusKey,
  titleId = 'error-summary-title',
}: {
  title: string;
  errors: FieldError[];
  focusKey?: number;
  titleId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey && errors.length > 0) box.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.fieldId + e.message}>
            <a
              href={`#${e.fieldId}`}
              onClick={(ev) => {
                // Focus the field itself (a plain fragment link only scrolls to it).
                const field = document.getElementById(e.fieldId);
                if (!field) return;
                ev.preventDefault();
                field.focus();
                field.scrollIntoView({ block: 'center' });
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
