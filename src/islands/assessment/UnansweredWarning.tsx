import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../lib/content/taxonomy.ts';
import { tIn } from '../../lib/i18n/assessment.ts';

interface Props {
  /** The unanswered questions: their number in the attempt and their id (the fieldset is `item-<id>`). */
  questions: { n: number; id: string }[];
  /** Bumped on each press of »Aflever prøven« with questions left: the warning takes focus. */
  focusKey: number;
  busy: boolean;
  onHandInAnyway(): void;
  lang?: Lang;
}

/**
 * Handing in with unanswered questions uses an attempt and counts them as wrong, so it needs an
 * explicit »Aflever alligevel«, next to links back to each question. Pressing »Aflever prøven«
 * again only shows this again.
 */
export function UnansweredWarning({ questions, focusKey, busy, onHandInAnyway, lang = 'da' }: Props) {
  const t = tIn(lang);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey) box.current?.focus();
  }, [focusKey]);
  if (!questions.length) return null;
  return (
    <div class="error-summary unanswered" role="alert" tabIndex={-1} ref={box} aria-labelledby="unanswered-title">
      <h2 id="unanswered-title">{t('handIn.title')}</h2>
      <p>{t('handIn.lead')}</p>
      <ul>
        {questions.map((q) => (
          <li key={q.id}>
            <a
              href={`#item-${q.id}`}
              onClick={(e) => {
                // Focus the question's first option, not just scroll to it.
                const first = document.querySelector<HTMLInputElement>(`#item-${q.id} input`);
                if (!first) return;
                e.preventDefault();
                first.focus();
                first.scrollIntoView({ block: 'center' });
              }}
            >
              {t('handIn.question', { n: q.n })}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" class="secondary" onClick={onHandInAnyway} disabled={busy}>
          {t('handIn.anyway')}
        </button>
      </p>
    </div>
  );
}
