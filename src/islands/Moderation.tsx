import { useEffect, useRef, useState } from 'preact/hooks';
import { sessionHint } from '../client/session.ts';
import { queue, review, type StoryError } from '../client/contributions.ts';
import type { QueueItem, ReviewDecision, SubmissionKind, SubmissionState } from '../lib/supabase/types.ts';
import { formatDate, t } from '../lib/i18n/stories.ts';
import Preview, { type PreviewLabels } from './moderation/Preview.tsx';
import { BusinessDetails, EventDetails, ReportDetails } from './moderation/Details.tsx';

interface Props {
  labels: PreviewLabels;
}

const VIEWS: ('' | SubmissionState)[] = ['', 'pending', 'changes_requested', 'approved', 'rejected', 'withdrawn', 'fixed'];
const KINDS: ('' | SubmissionKind)[] = ['', 'story', 'business', 'event', 'report'];
type Key = Parameters<typeof t>[0];

/** The decisions an editor can make on an item of this kind in this state, with button and confirmation texts. */
function decisions(item: QueueItem): { decision: ReviewDecision; label: Key; done: Key }[] {
  if (item.kind === 'report')
    return [
      ...(item.state === 'pending' ? [{ decision: 'approve' as const, label: 'mod.accept' as Key, done: 'mod.accepted' as Key }] : []),
      ...(item.state === 'pending' || item.state === 'approved'
        ? [{ decision: 'fix' as const, label: 'mod.fixed' as Key, done: 'mod.markedFixed' as Key }]
        : []),
      ...(item.state === 'pending' ? [{ decision: 'reject' as const, label: 'mod.reject' as Key, done: 'mod.reportRejected' as Key }] : []),
    ];
  if (item.state !== 'pending') return [];
  return [
    {
      decision: 'approve',
      label: 'mod.approve',
      done: item.kind === 'business' ? 'mod.businessApproved' : item.kind === 'event' ? 'mod.eventApproved' : 'mod.approved',
    },
    { decision: 'request_changes', label: 'mod.requestChanges', done: 'mod.changesRequested' },
    {
      decision: 'reject',
      label: 'mod.reject',
      done: item.kind === 'business' ? 'mod.businessRejected' : item.kind === 'event' ? 'mod.eventRejected' : 'mod.rejected',
    },
  ];
}

/** A state in the words of the item's kind (an accepted error report is not "published"). */
const stateText = (kind: SubmissionKind, state: SubmissionState) =>
  kind === 'report' && state !== 'withdrawn' && state !== 'changes_requested' && state !== 'draft'
    ? t(`report.state.${state}` as Key)
    : kind === 'business' && state === 'approved'
      ? t('business.state.approved')
      : t(`state.${state}` as Key);

const itemTitle = (item: QueueItem) =>
  item.kind === 'story' || item.kind === 'event'
    ? item.title
    : item.kind === 'business'
      ? item.name
      : t('mine.reportOn', { page: item.page_path });

type State = { kind: 'loading' } | { kind: 'signedOut' } | { kind: 'refused'; error: StoryError } | { kind: 'ready'; items: QueueItem[] };

/** The editors' queue: oldest first, a preview like the public page, and a decision with a note. */
export default function Moderation({ labels }: Props) {
  const [view, setView] = useState<'' | SubmissionState>('');
  const [kind, setKind] = useState<'' | SubmissionKind>('');
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [open, setOpen] = useState<QueueItem | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = () => {
    if (!sessionHint()) return setState({ kind: 'signedOut' });
    queue(view || undefined, kind || undefined).then(
      (items) => setState({ kind: 'ready', items }),
      (error) => setState({ kind: 'refused', error }),
    );
  };
  useEffect(load, [view, kind]);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  async function decide(decision: ReviewDecision, done: Key) {
    if (!open) return;
    if ((decision === 'request_changes' || decision === 'reject') && note.trim().length < 5)
      return setMessage({ ok: false, text: t('mod.noteRequired') });
    try {
      await review(open.id, open.version, decision, note.trim());
      setMessage({ ok: true, text: t(done) });
      setOpen(null);
      setNote('');
      load();
    } catch (e) {
      const error = e as StoryError;
      setMessage({ ok: false, text: t(error.key, error.vars) });
    }
  }

  if (state.kind === 'loading') return <p role="status">{t('my.loading')}</p>;
  if (state.kind === 'signedOut')
    return (
      <p class="notice">
        {t('mod.signIn')} <a href="/log-ind/?next=/redaktion/">{t('account.signIn')}</a>
      </p>
    );
  if (state.kind === 'refused')
    return (
      <p role="alert" class="notice bad">
        {t(state.error.key, state.error.vars)}
      </p>
    );

  const status = <div aria-live="polite">{message && <p class={`notice ${message.ok ? 'ok' : 'bad'}`}>{message.text}</p>}</div>;

  if (open)
    return (
      <div class="moderation-item">
        <p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setOpen(null);
              setMessage(null);
            }}
          >
            {t('mod.back')}
          </button>
        </p>
        <h2 tabIndex={-1} ref={heading}>
          {open.kind === 'story' ? open.organisation : itemTitle(open)} · {stateText(open.kind, open.state)}
        </h2>
        {open.kind === 'story' && (
          <section aria-labelledby="forhaandsvisning" class="preview-frame">
            <h3 id="forhaandsvisning" class="visually-hidden">
              {t('mod.preview')}
            </h3>
            <p class="meta">{t('mod.preview')}</p>
            <Preview item={open} labels={labels} />
          </section>
        )}
        {open.kind === 'business' && <BusinessDetails item={open} labels={labels} />}
        {open.kind === 'report' && <ReportDetails item={open} />}
        {open.kind === 'event' && <EventDetails item={open} labels={labels} />}
        {open.kind !== 'report' && (
          <section aria-labelledby="kontakt">
            <h3 id="kontakt">{t('mod.contact')}</h3>
            <p>
              {open.contact_name}, <a href={`mailto:${open.contact_email}`}>{open.contact_email}</a>
            </p>
          </section>
        )}
        <section aria-labelledby="forloeb">
          <h3 id="forloeb">{t('mod.trail')}</h3>
          <ol>
            {open.events.map((e) => (
              <li key={e.id}>
                {e.from_state
                  ? t('mod.trailLine', {
                      date: formatDate(e.created_at),
                      from: stateText(open.kind, e.from_state),
                      to: stateText(open.kind, e.to_state),
                    })
                  : t('mod.trailNew', { date: formatDate(e.created_at), to: stateText(open.kind, e.to_state) })}{' '}
                {t('mod.by', { who: t(e.actor_role === 'submitter' ? 'mod.bySubmitter' : 'mod.byEditor') })}
                {e.note && <>: »{e.note}«</>}
              </li>
            ))}
          </ol>
        </section>
        {decisions(open).length > 0 && (
          <section aria-labelledby="afgoerelse">
            <h3 id="afgoerelse">{t('mod.decision')}</h3>
            <label for="mod-note">{t('mod.note')}</label>
            <textarea
              id="mod-note"
              rows={4}
              value={note}
              aria-describedby="mod-note-hint"
              onInput={(e) => setNote(e.currentTarget.value)}
            />
            <p id="mod-note-hint" class="meta">
              {open.kind === 'report' ? t('mod.reportNoteHint') : t('mod.noteHint')}
            </p>
            <p class="actions">
              {decisions(open).map((d, i) => (
                <button key={d.decision} type="button" class={i ? 'secondary' : undefined} onClick={() => decide(d.decision, d.done)}>
                  {t(d.label)}
                </button>
              ))}
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
        {VIEWS.map((v) => (
          <option key={v} value={v}>
            {v ? t(`state.${v}`) : t('mod.open')}
          </option>
        ))}
      </select>{' '}
      <label for="mod-kind">{t('mod.kind')}</label>{' '}
      <select id="mod-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {k ? t(`kind.${k}`) : t('mod.allKinds')}
          </option>
        ))}
      </select>
      {status}
      {state.items.length === 0 ? (
        <p>{t('mod.empty')}</p>
      ) : (
        <ul class="my-list queue">
          {state.items.map((item) => (
            <li key={item.id} data-submission={item.id} data-kind={item.kind}>
              <strong>{itemTitle(item)}</strong>
              <span class="meta">
                {' '}
                · {t(`kind.${item.kind}`)}
                {item.kind === 'story' && <> · {item.organisation}</>}
                {item.kind === 'event' && <> · {item.organiser_name}</>}
                {item.kind === 'report' && <> · »{item.what.length > 80 ? `${item.what.slice(0, 80)} …` : item.what}«</>} ·{' '}
                {stateText(item.kind, item.state)} · {item.age_days ? t('mod.age', { days: item.age_days }) : t('mod.ageToday')}
              </span>{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setOpen(item);
                  setMessage(null);
                  setNote('');
                }}
              >
                {t('mod.open_item')}
                <span class="visually-hidden">: {itemTitle(item)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
