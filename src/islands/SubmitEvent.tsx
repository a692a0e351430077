import { useEffect, useState } from 'preact/hooks';
import { sessionHint } from '../client/session.ts';
import { eventDraft } from '../client/drafts.ts';
import { emptyDraft, fromInput, LIMITS, PLACE_KINDS, validate, type Field as FieldName } from '../lib/events/fields.ts';
import { myBusiness } from '../client/businesses.ts';
import { sendEvent } from '../client/events.ts';
import { t } from '../lib/i18n/stories.ts';
import { mine } from '../client/contributions.ts';
import { ContactFields, SelectField, TextField, type TextOptions } from './contribution-form/Inputs.tsx';
import { Honeypot, ProblemSummary, SendResult } from './contribution-form/Sending.tsx';
import { useSubmitFlow } from './contribution-form/useSubmitFlow.ts';

type Option = { value: string; label: string };
interface Props {
  /** Districts, audiences, and the directory's entries (slug and name) an organiser can be linked to. */
  options: Record<'district' | 'audiences' | 'organiser_business', Option[]>;
}
type Key = Parameters<typeof t>[0];

/** The fields in the form's own order, for the list of problems. */
const ORDER: FieldName[] = [
  'title',
  'description',
  'start',
  'end',
  'place_kind',
  'place_name',
  'address',
  'district',
  'online_url',
  'organiser_name',
  'organiser_business',
  'audiences',
  'price',
  'price_note',
  'sign_up_url',
  'contact_name',
  'contact_email',
  'consent_publish',
  'consent_privacy',
];
const LABEL: Record<FieldName, Key> = {
  title: 'field.event_title',
  description: 'field.event_description',
  start: 'field.start',
  end: 'field.end',
  place_kind: 'field.place_kind',
  place_name: 'field.place_name',
  address: 'field.address',
  district: 'field.district',
  online_url: 'field.online_url',
  organiser_name: 'field.organiser_name',
  organiser_business: 'field.organiser_business',
  audiences: 'field.audiences',
  price: 'field.price',
  price_note: 'field.price_note',
  sign_up_url: 'field.sign_up_url',
  contact_name: 'field.contact_name',
  contact_email: 'field.contact_email',
  consent_publish: 'field.event_consent_publish',
  consent_privacy: 'field.consent_privacy',
};

/** "Indsend et arrangement": a partner sends an event; editors approve it; the next build lists it. */
export default function SubmitEvent({ options }: Props) {
  const [submissionId, setSubmissionId] = useState<string>();
  const [restored, setRestored] = useState(false);
  const [organisers, setOrganisers] = useState(options.organiser_business);
  const flow = useSubmitFlow({
    idPrefix: 'e',
    order: ORDER,
    label: LABEL,
    limits: LIMITS,
    empty: emptyDraft,
    validate: (draft) => validate(draft),
    startOver: true,
    keep: (draft) => eventDraft.save(draft, submissionId),
    clear: eventDraft.clear,
    send: async (draft, honeypot) => {
      await sendEvent(draft, submissionId, honeypot);
      setSubmissionId(undefined);
      return submissionId ? 'updated' : 'sent';
    },
  });
  const { draft, update, startFrom, error: err } = flow;

  useEffect(() => {
    const stored = eventDraft.load();
    const editId = new URLSearchParams(location.search).get('rediger') ?? undefined;
    if (stored && stored.submissionId === editId) {
      startFrom(stored.draft);
      setSubmissionId(stored.submissionId);
      setRestored(true);
    } else if (editId && sessionHint()) {
      startFrom(emptyDraft());
      mine().then(
        (all) => {
          const s = all.find((x) => x.id === editId);
          if (s?.kind === 'event') {
            startFrom(fromInput(s));
            setSubmissionId(s.id);
          }
        },
        () => {},
      );
    } else {
      startFrom(stored && !editId ? stored.draft : emptyDraft());
      setRestored(Boolean(stored && !editId));
    }
    // The partner's own entry may have been approved after this page was built: offer it too.
    if (sessionHint())
      myBusiness().then(
        (own) => {
          if (own && !options.organiser_business.some((o) => o.value === own.slug))
            setOrganisers([{ value: own.slug, label: own.name }, ...options.organiser_business]);
        },
        () => {},
      );
  }, []);

  const text = (
    f:
      | 'title'
      | 'description'
      | 'start'
      | 'end'
      | 'place_name'
      | 'address'
      | 'online_url'
      | 'organiser_name'
      | 'price'
      | 'price_note'
      | 'sign_up_url',
    extra: TextOptions = {},
  ) => <TextField {...flow.field(f)} {...extra} />;

  return (
    <form class="contribution-form" method="post" ref={flow.formRef} onSubmit={flow.submit} noValidate>
      <p class="meta" aria-live="polite">
        {restored ? t('submit.draftRestored') : t('submit.draftSaved')}
        {submissionId && ` ${t('eventForm.editing')}`}
      </p>
      {flow.showProblems && <ProblemSummary focusKey={flow.attempts} items={flow.problemItems} />}
      <fieldset>
        <legend>{t('eventForm.sectionWhat')}</legend>
        {text('title')}
        {text('description', { multiline: true, hint: t('field.event_description.hint') })}
      </fieldset>
      <fieldset>
        <legend>{t('eventForm.sectionWhen')}</legend>
        {text('start', { type: 'datetime-local', hint: t('field.start.hint') })}
        {text('end', { type: 'datetime-local', hint: t('field.start.hint') })}
      </fieldset>
      <fieldset>
        <legend>{t('eventForm.sectionWhere')}</legend>
        <fieldset
          id="e-place_kind"
          class={`principles${err('place_kind') ? ' has-error' : ''}`}
          aria-describedby={err('place_kind') ? 'e-place_kind-error' : undefined}
        >
          <legend>{t('field.place_kind')}</legend>
          {err('place_kind') && (
            <p id="e-place_kind-error" class="field-error">
              {err('place_kind')}
            </p>
          )}
          {PLACE_KINDS.map((v) => (
            <label key={v}>
              <input type="radio" name="place_kind" value={v} checked={draft.place_kind === v} onChange={() => update('place_kind', v)} />{' '}
              {t(`field.place_kind.${v}`)}
            </label>
          ))}
        </fieldset>
        {draft.place_kind === 'adresse' && (
          <>
            {text('place_name', { hint: t('field.place_name.hint') })}
            {text('address', { autocomplete: 'street-address', hint: t('field.address.hint') })}
            <SelectField {...flow.field('district')} options={options.district} />
          </>
        )}
        {draft.place_kind === 'online' && text('online_url', { type: 'url', hint: t('field.https.hint') })}
      </fieldset>
      <fieldset>
        <legend>{t('eventForm.sectionWho')}</legend>
        {text('organiser_name', { autocomplete: 'organization' })}
        <SelectField {...flow.field('organiser_business')} options={organisers} hint={t('field.organiser_business.hint')} />
        <fieldset
          id="e-audiences"
          class={`principles${err('audiences') ? ' has-error' : ''}`}
          aria-describedby={err('audiences') ? 'e-audiences-error' : undefined}
        >
          <legend>{t('field.audiences')}</legend>
          {err('audiences') && (
            <p id="e-audiences-error" class="field-error">
              {err('audiences')}
            </p>
          )}
          {options.audiences.map((o) => (
            <label key={o.value}>
              <input
                type="checkbox"
                name="audiences"
                value={o.value}
                checked={draft.audiences.includes(o.value)}
                onChange={(e) =>
                  update(
                    'audiences',
                    e.currentTarget.checked ? [...draft.audiences, o.value] : draft.audiences.filter((x) => x !== o.value),
                  )
                }
              />{' '}
              {o.label}
            </label>
          ))}
        </fieldset>
        {text('price', { inputMode: 'numeric', hint: t('field.price.hint') })}
        {text('price_note', { hint: t('field.price_note.hint') })}
        {text('sign_up_url', { type: 'url', hint: t('field.https.hint') })}
      </fieldset>
      <ContactFields field={flow.field} />
      <Honeypot id="e-hjemmeside-igen" value={flow.honeypot} onValue={flow.setHoneypot} />
      <p>
        <button type="submit" disabled={!flow.hydrated || flow.busy}>
          {t(flow.busy ? 'submit.sending' : submissionId ? 'submit.saveChanges' : 'eventForm.send')}
        </button>
      </p>
      <SendResult
        outcome={flow.outcome}
        resultRef={flow.resultRef}
        signIn={{ text: t('eventForm.signInFirst'), next: '/indsend/arrangement/' }}
        thanks={(kind) => ({
          text: t(kind === 'sent' ? 'eventForm.sent' : 'eventForm.updated'),
          href: '/min-side/#arrangementer',
          link: t('account.myPage'),
        })}
      />
    </form>
  );
}
