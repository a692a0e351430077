import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sessionHint } from '../client/session.ts';
import { businessDraft } from '../client/drafts.ts';
import { emptyDraft, fromInput, LIMITS, validate, type Field as FieldName } from '../lib/businesses/fields.ts';
import { myBusiness, openBusinessSubmission, sendBusiness } from '../client/businesses.ts';
import { t } from '../lib/i18n/stories.ts';
import { ContactFields, SelectField, TextField, type TextOptions } from './contribution-form/Inputs.tsx';
import { Honeypot, ProblemSummary, SendResult } from './contribution-form/Sending.tsx';
import { useSubmitFlow } from './contribution-form/useSubmitFlow.ts';

type Option = { value: string; label: string };
interface Props {
  options: Record<'legal_form' | 'sector' | 'district' | 'offers' | 'principles' | 'inclusive_jobs', Option[]>;
}
type Key = Parameters<typeof t>[0];

const ORDER: FieldName[] = [
  'name',
  'cvr',
  'legal_form',
  'sector',
  'district',
  'founded',
  'website',
  'rsv',
  'offers',
  'description',
  'principles',
  'inclusive_jobs',
  'contact_name',
  'contact_email',
  'consent_publish',
  'consent_privacy',
];
const LABEL: Record<FieldName, Key> = {
  name: 'field.name',
  cvr: 'field.cvr',
  legal_form: 'field.legal_form',
  sector: 'field.sector',
  district: 'field.district',
  founded: 'field.founded',
  website: 'field.website',
  rsv: 'field.rsv',
  offers: 'field.offers',
  description: 'field.description',
  principles: 'field.business_principles',
  inclusive_jobs: 'field.inclusive_jobs',
  contact_name: 'field.contact_name',
  contact_email: 'field.contact_email',
  consent_publish: 'field.business_consent_publish',
  consent_privacy: 'field.consent_privacy',
};

/** "Tilmeld virksomhed": a partner registers their business or changes their entry; editors approve it. */
export default function RegisterBusiness({ options }: Props) {
  const [target, setTarget] = useState<{ businessId?: string; submissionId?: string }>({});
  const flow = useSubmitFlow({
    idPrefix: 'b',
    order: ORDER,
    label: LABEL,
    limits: LIMITS,
    empty: emptyDraft,
    validate,
    keep: (draft) => businessDraft.save(draft, target),
    clear: businessDraft.clear,
    send: async (draft, honeypot) => {
      await sendBusiness(draft, target, honeypot);
      return 'sent' as const;
    },
  });
  const { draft, startFrom, update, error: err } = flow;

  useEffect(() => {
    const stored = businessDraft.load();
    if (stored) {
      startFrom(stored.draft);
      setTarget({ businessId: stored.businessId, submissionId: stored.submissionId });
    } else {
      startFrom(emptyDraft());
    }
    if (!stored && sessionHint()) {
      // Continue an open submission first; otherwise start from the published entry, if any.
      openBusinessSubmission()
        .then(async (open) => {
          if (open?.kind === 'business') {
            startFrom(fromInput(open));
            setTarget({ submissionId: open.id, businessId: open.business_id ?? undefined });
            return;
          }
          const own = await myBusiness();
          if (own) {
            startFrom(fromInput(own));
            setTarget({ businessId: own.id });
          }
        })
        .catch(() => {});
    }
  }, []);

  const text = (f: 'name' | 'cvr' | 'founded' | 'website' | 'description', extra: TextOptions = {}) => (
    <TextField {...flow.field(f)} {...extra} />
  );
  const select = (f: 'legal_form' | 'sector' | 'district') => <SelectField {...flow.field(f)} options={options[f]} />;
  const boxes = (f: 'offers' | 'principles' | 'inclusive_jobs', hint?: ComponentChildren) => (
    <fieldset
      id={`b-${f}`}
      class={`principles${err(f) ? ' has-error' : ''}`}
      aria-describedby={[err(f) && `b-${f}-error`, hint && `b-${f}-hint`].filter(Boolean).join(' ') || undefined}
    >
      <legend>{t(LABEL[f])}</legend>
      {hint && (
        <p id={`b-${f}-hint`} class="meta">
          {hint}
        </p>
      )}
      {err(f) && (
        <p id={`b-${f}-error`} class="field-error">
          {err(f)}
        </p>
      )}
      {options[f].map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            name={f}
            value={o.value}
            checked={draft[f].includes(o.value)}
            onChange={(e) => update(f, e.currentTarget.checked ? [...draft[f], o.value] : draft[f].filter((x) => x !== o.value))}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );

  return (
    <form class="contribution-form" method="post" ref={flow.formRef} onSubmit={flow.submit} noValidate>
      <p class="meta">
        {t('submit.draftSaved')}
        {target.businessId && ` ${t('business.editing')}`}
        {target.submissionId && !target.businessId && ` ${t('business.continuing')}`}
      </p>
      {flow.showProblems && <ProblemSummary focusKey={flow.attempts} items={flow.problemItems} />}
      <fieldset>
        <legend>{t('business.sectionCompany')}</legend>
        {text('name', { autocomplete: 'organization' })}
        {text('cvr', { inputMode: 'numeric', hint: t('field.cvr.hint') })}
        {select('legal_form')}
        {select('sector')}
        {select('district')}
        {text('founded', { inputMode: 'numeric' })}
        {text('website', { type: 'url', autocomplete: 'url' })}
        <fieldset id="b-rsv" class={`principles${err('rsv') ? ' has-error' : ''}`}>
          <legend>{t('field.rsv')}</legend>
          {err('rsv') && <p class="field-error">{err('rsv')}</p>}
          {(['ja', 'nej'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name="rsv" value={v} checked={draft.rsv === v} onChange={() => update('rsv', v)} /> {t(`field.rsv.${v}`)}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>{t('business.sectionOffer')}</legend>
        {boxes('offers')}
        {text('description', { multiline: true, hint: t('field.description.hint') })}
        {boxes('principles')}
        {boxes(
          'inclusive_jobs',
          <>
            {t('field.inclusive_jobs.hint')} <a href="/kurser/den-rummelige-arbejdsplads/">{t('field.inclusive_jobs.course')}</a>
          </>,
        )}
      </fieldset>
      <ContactFields field={flow.field} />
      <Honeypot id="b-hjemmeside-igen" value={flow.honeypot} onValue={flow.setHoneypot} />
      <p>
        <button type="submit" disabled={!flow.hydrated || flow.busy}>
          {t(flow.busy ? 'submit.sending' : 'business.send')}
        </button>
      </p>
      <SendResult
        outcome={flow.outcome}
        resultRef={flow.resultRef}
        signIn={{ text: t('business.signInFirst'), next: '/virksomheder/tilmeld/' }}
        thanks={() => ({ text: t('business.sent'), href: '/min-side/#virksomheder', link: t('account.myPage') })}
      />
    </form>
  );
}
