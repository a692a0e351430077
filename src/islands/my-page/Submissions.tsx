import { useEffect, useState } from 'preact/hooks';
import { isOpen, mine, withdraw, type StoryError } from '../../lib/stories/submissions.ts';
import type { Submission } from '../../lib/supabase/types.ts';
import { formatDate, t } from '../../lib/i18n/stories.ts';

/** The partner's own submissions: state, the editor's feedback, edit and withdraw. */
export default function Submissions() {
  const [items, setItems] = useState<Submission[] | null>(null);
  const [error, setError] = useState<StoryError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    mine().then(setItems, setError);
  }, []);

  async function pull(id: string) {
    try {
      const changed = await withdraw(id);
      setItems((all) => all?.map((s) => (s.id === id ? changed : s)) ?? null);
      setMessage(t('mine.withdrawn'));
    } catch (e) {
      setError(e as StoryError);
    }
  }

  return (
    <section aria-labelledby="historier">
      <h2 id="historier">{t('mine.title')}</h2>
      {error && <p role="alert" class="notice bad">{t(error.key, error.vars)}</p>}
      {items?.length === 0 && <p>{t('mine.none')}</p>}
      {items && items.length > 0 && (
        <ul class="my-list">
          {items.map((s) => (
            <li key={s.id} data-submission={s.id}>
              <strong>{s.title}</strong> <span class="meta">· {t(`state.${s.state}`)} · {t('mine.sent', { date: formatDate(s.submitted_at) })}</span>
              {s.editor_note && <p class="notice"><strong>{t('mine.note')}</strong> {s.editor_note}</p>}
              {isOpen(s.state) && (
                <p class="actions">
                  <a class="button secondary" href={`/indsend/?rediger=${s.id}`}>{t('mine.edit')}</a>
                  <button type="button" class="secondary" onClick={() => pull(s.id)}>{t('mine.withdraw')}</button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p><a href="/indsend/">{t('mine.new')}</a></p>
      <div aria-live="polite">{message && <p class="notice ok">{message}</p>}</div>
    </section>
  );
}
