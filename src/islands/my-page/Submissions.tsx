import { useEffect, useState } from 'preact/hooks';
import { isOpen, mine, withdraw, type StoryError } from '../../client/contributions.ts';
import type { AnySubmission, SubmissionKind, SubmissionState } from '../../lib/supabase/types.ts';
import { formatDate, t } from '../../lib/i18n/stories.ts';

type Key = Parameters<typeof t>[0];

/** A state in the words of the kind: an error report is new, accepted, rejected or fixed. */
const stateText = (kind: SubmissionKind, state: SubmissionState) =>
  kind === 'report' && ['pending', 'approved', 'rejected', 'fixed'].includes(state)
    ? t(`report.state.${state}` as Key)
    : kind === 'business' && state === 'approved'
      ? t('business.state.approved')
      : t(`state.${state}` as Key);

/** Where each kind that can be corrected is corrected. */
const EDIT: Record<Exclude<SubmissionKind, 'report'>, { href: (id: string) => string; label: Key }> = {
  story: { href: (id) => `/indsend/?rediger=${id}`, label: 'mine.edit' },
  business: { href: () => '/virksomheder/tilmeld/', label: 'mine.editBusiness' },
  event: { href: (id) => `/indsend/arrangement/?rediger=${id}`, label: 'mine.editEvent' },
};

/** The user's own contributions by kind: state, the editors' answer, edit and withdraw. */
export default function Submissions() {
  const [items, setItems] = useState<AnySubmission[] | null>(null);
  const [error, setError] = useState<StoryError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    mine().then(setItems, setError);
  }, []);

  async function pull(id: string) {
    try {
      const changed = await withdraw(id);
      setItems((all) => all?.map((s) => (s.id === id ? changed : s)) ?? null);
      setMessage(
        t(
          changed.kind === 'business'
            ? 'mine.businessWithdrawn'
            : changed.kind === 'report'
              ? 'mine.reportWithdrawn'
              : changed.kind === 'event'
                ? 'mine.eventWithdrawn'
                : 'mine.withdrawn',
        ),
      );
    } catch (e) {
      setError(e as StoryError);
    }
  }

  const list = (kind: SubmissionKind) => {
    const own = items?.filter((s) => s.kind === kind) ?? [];
    return own.length === 0 ? null : (
      <ul class="my-list">
        {own.map((s) => (
          <li key={s.id} data-submission={s.id}>
            <strong>
              {s.kind === 'story' || s.kind === 'event'
                ? s.title
                : s.kind === 'business'
                  ? s.name
                  : t('mine.reportOn', { page: s.page_path })}
            </strong>{' '}
            <span class="meta">
              · {stateText(s.kind, s.state)} · {t('mine.sent', { date: formatDate(s.submitted_at) })}
            </span>
            {s.editor_note && (
              <p class="notice">
                <strong>{t('mine.note')}</strong> {s.editor_note}
              </p>
            )}
            {s.kind !== 'report' && isOpen(s.state) && (
              <p class="actions">
                <a class="button secondary" href={EDIT[s.kind].href(s.id)}>
                  {t(EDIT[s.kind].label)}
                </a>
                <button type="button" class="secondary" onClick={() => pull(s.id)}>
                  {t('mine.withdraw')}
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <>
      <section aria-labelledby="historier">
        <h2 id="historier">{t('mine.title')}</h2>
        {error && (
          <p role="alert" class="notice bad">
            {t(error.key, error.vars)}
          </p>
        )}
        {items && (list('story') ?? <p>{t('mine.none')}</p>)}
        <p>
          <a href="/indsend/">{t('mine.new')}</a>
        </p>
        <div aria-live="polite">{message && <p class="notice ok">{message}</p>}</div>
      </section>
      {items?.some((s) => s.kind === 'business') && (
        <section aria-labelledby="virksomheder">
          <h2 id="virksomheder">{t('mine.businesses')}</h2>
          {list('business')}
        </section>
      )}
      {items?.some((s) => s.kind === 'event') && (
        <section aria-labelledby="arrangementer">
          <h2 id="arrangementer">{t('mine.events')}</h2>
          {list('event')}
        </section>
      )}
      {items?.some((s) => s.kind === 'report') && (
        <section aria-labelledby="fejlmeldinger">
          <h2 id="fejlmeldinger">{t('mine.reports')}</h2>
          {list('report')}
        </section>
      )}
    </>
  );
}
