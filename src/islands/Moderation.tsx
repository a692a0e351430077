import { useEffect, useRef, useState } from 'preact/hooks';
import { sessionHint } from '../lib/account/session.ts';
import { queue, review, type StoryError } from '../lib/stories/submissions.ts';
import type { QueueItem, ReviewDecision, SubmissionState } from '../lib/supabase/types.ts';
import { formatDate, t } from '../lib/i18n/stories.ts';
import Preview, { type PreviewLabels } from './moderation/Preview.tsx';

interface Props {
  labels: PreviewLabels;
}

const VIEWS: ('' | SubmissionState)[] = ['', 'pending', 'changes_requested', 'approved', 'rejected', 'withdrawn'];
const DONE: Record<ReviewDecision, Parameters<typeof t>[0]> = { approve: 'mod.approved', request_changes: 'mod.changesRequested', reject: 'mod.rejected' };

type State = { kind: 'loading' } | { kind: 'signedOut' } | { kind: 'refused'; error: StoryError } | { kind: 'ready'; items: QueueItem[] };

/** The editors' queue: oldest first, a preview like the public page, and a decision with a note. */
export default function Moderation({ labels }: Props) {
  const [view, setView] = useState<'' | SubmissionState>('');
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [open, setOpen] = useState<QueueItem | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = (v: typeof view) => {
    if (!sessionHint()) return setState({ kind: 'signedOut' });
    queue(v || undefined).then((items) => setState({ kind: 'ready', items }), (error) => setState({ kind: 'refused', error }));
  };
  useEffect(() => load(view), [view]);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  async function decide(decision: ReviewDecision) {
    if (!open) return;
    if (decision !== 'approve' && note.trim().length < 5) return setMessage({ ok: false, text: t('mod.noteRequired') });
    try {
      await review(open.id, decision, note.trim());
      setMessage({ ok: true, text: t(DONE[decision]) });
      setOpen(null);
      setNote('');
      load(view);
    } catch (e) {
      const error = e as StoryError;
      setMessage({ ok: false, text: t(error.key, error.vars) });
    }
  }

  if (state.kind === 'loading') return <p role="status">{t('my.loading')}</p>;
  if (state.kind === 'signedOut') return <p class="notice">{t('mod.signIn')} <a href="/log-ind/?next=/redaktion/">{t('account.signIn')}</a></p>;
  if (state.kind === 'refused') return <p role="alert" class="notice bad">{t(state.error.key, state.error.vars)}</p>;

  const status = <div aria-live="polite">{message && <p class={`notice ${message.ok ? 'ok' : 'bad'}`}>{message.text}</p>}</div>;

  if (open)
    return (
      <div class="moderation-item">
        <p><button type="button" class="secondary" onClick={() => { setOpen(null); setMessage(null); }}>{t('mod.back')}</button></p>
        <h2 tabIndex={-1} ref={heading}>{open.organisation} · {t(`state.${open.state}`)}</h2>
        <section aria-labelledby="forhaandsvisning" class="preview-frame">
          <h3 id="forhaandsvisning" class="visually-hidden">{t('mod.preview')}</h3>
          <p class="meta">{t('mod.preview')}</p>
          <Preview item={open} labels={labels} />
        </section>
        <section aria-labelledby="kontakt">
          <h3 id="kontakt">{t('mod.contact')}</h3>
          <p>{open.contact_name}, <a href={`mailto:${open.contact_email}`}>{open.contact_email}</a></p>
        </section>
        <section aria-labelledby="forloeb">
          <h3 id="forloeb">{t('mod.trail')}</h3>
          <ol>
            {open.events.map((e) => (
              <li key={e.id}>
                {e.from_state
                  ? t('mod.trailLine', { date: formatDate(e.created_at), from: t(`state.${e.from_state}`), to: t(`state.${e.to_state}`) })
                  : t('mod.trailNew', { date: formatDate(e.created_at), to: t(`state.${e.to_state}`) })}{' '}
                {t('mod.by', { who: t(e.actor_id === open.submitter_id ? 'mod.bySubmitter' : 'mod.byEditor') })}
                {e.note && <>: »{e.note}«</>}
              </li>
            ))}
          </ol>
        </section>
        {open.state === 'pending' && (
          <section aria-labelledby="afgoerelse">
            <h3 id="afgoerelse">{t('mod.decision')}</h3>
            <label for="mod-note">{t('mod.note')}</label>
            <textarea id="mod-note" rows={4} value={note} aria-describedby="mod-note-hint" onInput={(e) => setNote(e.currentTarget.value)} />
            <p id="mod-note-hint" class="meta">{t('mod.noteHint')}</p>
            <p class="actions">
              <button type="button" onClick={() => decide('approve')}>{t('mod.approve')}</button>
              <button type="button" class="secondary" onClick={() => decide('request_changes')}>{t('mod.requestChanges')}</button>
              <button type="button" class="secondary" onClick={() => decide('reject')}>{t('mod.reject')}</button>
            </p>
          </section>
        )}
        {status}
      </div>
    );

  return (
    <div>
      <label for="mod-view">{t('mod.filter')}</label>{' '}
      <select id="mod-view" value={view} onChange={(e) => setView(e.currentTarget.value as typeof view)}>
        {VIEWS.map((v) => <option key={v} value={v}>{v ? t(`state.${v}`) : t('mod.open')}</option>)}
      </select>
      {status}
      {state.items.length === 0 ? <p>{t('mod.empty')}</p> : (
        <ul class="my-list queue">
          {state.items.map((item) => (
            <li key={item.id} data-submission={item.id}>
              <strong>{item.title}</strong>
              <span class="meta"> · {item.organisation} · {t(`state.${item.state}`)} · {item.age_days ? t('mod.age', { days: item.age_days }) : t('mod.ageToday')}</span>{' '}
              <button type="button" class="secondary" aria-label={`${t('mod.open_item')}: ${item.title}`} onClick={() => { setOpen(item); setMessage(null); setNote(''); }}>
                {t('mod.open_item')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
