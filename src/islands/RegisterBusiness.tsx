import { useEffect, useRef, useState } from 'preact/hooks';
import { sessionHint } from '../lib/account/session.ts';
import { clearDraft, loadDraft, saveDraft } from '../lib/businesses/draft.ts';
import { emptyDraft, fromInput, LIMITS, validate, type Draft, type Field as FieldName } from '../lib/businesses/fields.ts';
import { myBusiness, openBusinessSubmission, sendBusiness } from '../lib/businesses/submissions.ts';
import type { StoryError } from '../lib/stories/submissions.ts';
import type { Problem } from '../lib/fields/rules.ts';
import { t } from '../lib/i18n/stories.ts';
import { Consent, Count, Field, ProblemSummary } from './story-form/Inputs.tsx';

type Option = { value: string; label: string };
interface Props {
  options: Record<'legal_form' | 'sector' | 'district' | 'offers' | 'principles', Option[]>;
}
type Key = Parameters<typeof t>[0];

const ORDER: FieldName[] = ['name', 'cvr', 'legal_form', 'sector', 'district', 'founded', 'website', 'rsv', 'offers', 'description',
  'principles', 'contact_name', 'contact_email', 'consent_publish', 'consent_privacy'];
const LABEL: Record<FieldName, Key> = {
  name: 'field.name', cvr: 'field.cvr', legal_form: 'field.legal_form', sector: 'field.sector', district: 'field.district',
  founded: 'field.founded', website: 'field.website', rsv: 'field.rsv', offers: 'field.offers', description: 'field.description',
  principles: 'field.business_principles', contact_name: 'field.contact_name', contact_email: 'field.contact_email',
  consent_publish: 'field.business_consent_publish', consent_privacy: 'field.consent_privacy',
};
const problemText = (f: FieldName, p: Problem) => {
  const [min, max] = (LIMITS as Record<string, readonly [number, number]>)[f] ?? [0, 0];
  return t(`problem.${p}` as Key, { min, max });
};

type Outcome = { kind: 'sent' } | { kind: 'error'; error: StoryError } | { kind: 'signIn' } | null;

/** "Tilmeld virksomhed": a partner registers their business or changes their entry; editors approve it. */
export default function RegisterBusiness({ options }: Props) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [target, setTarget] = useState<{ businessId?: string; submissionId?: string }>({});
  const [honeypot, setHoneypot] = useState('');
  const [problems, setProblems] = useState<Partial<Record<FieldName, Problem>>>({});
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const summary = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const stored = loadDraft();
    if (stored) {
      setDraft(stored.draft);
      setTarget({ businessId: stored.businessId, submissionId: stored.submissionId });
    } else if (sessionHint()) {
      // Continue an open submission first; otherwise start from the published entry, if any.
      openBusinessSubmission().then(async (open) => {
        if (open?.kind === 'business') {
          setDraft(fromInput(open));
          setTarget({ submissionId: open.id, businessId: open.business_id ?? undefined });
          return;
        }
        const own = await myBusiness();
        if (own) {
          setDraft(fromInput(own));
          setTarget({ businessId: own.id });
        }
      }).catch(() => {});
    }
  }, []);

  function update<K extends keyof Draft>(field: K, value: Draft[K]) {
    const next = { ...draft, [field]: value };
    setDraft(next);
    saveDraft(next, target);
    if (showProblems) setProblems(validate(next));
  }

  async function submit(e: Event) {
    e.preventDefault();
    setOutcome(null);
    const found = validate(draft);
    setProblems(found);
    setShowProblems(true);
    if (Object.keys(found).length) return requestAnimationFrame(() => summary.current?.focus());
    if (!sessionHint()) {
      setOutcome({ kind: 'signIn' });
      return requestAnimationFrame(() => result.current?.focus());
    }
    setBusy(true);
    try {
      await sendBusiness(draft, target, honeypot);
      clearDraft();
      setOutcome({ kind: 'sent' });
      setShowProblems(false);
    } catch (error) {
      setOutcome({ kind: 'error', error: error as StoryError });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => result.current?.focus());
    }
  }

  const err = (f: FieldName) => (showProblems && problems[f] ? problemText(f, problems[f]!) : undefined);
  const text = (f: 'name' | 'cvr' | 'founded' | 'website' | 'description' | 'contact_name' | 'contact_email',
    extra: { multiline?: boolean; type?: string; autocomplete?: string; hint?: string; inputMode?: 'numeric' } = {}) => {
    const max = (LIMITS as Record<string, readonly [number, number]>)[f]?.[1];
    return (
      <Field id={`b-${f}`} label={t(LABEL[f])} error={err(f)}
        hint={extra.hint || max ? <>{extra.hint}{extra.hint && max ? ' ' : ''}{max && <Count value={draft[f]} max={max} />}</> : undefined}>
        {(describedBy, invalid) => extra.multiline
          ? <textarea id={`b-${f}`} name={f} rows={5} value={draft[f]} aria-describedby={describedBy} aria-invalid={invalid || undefined}
              onInput={(e) => update(f, e.currentTarget.value)} />
          : <input id={`b-${f}`} name={f} type={extra.type ?? 'text'} inputMode={extra.inputMode} autocomplete={extra.autocomplete ?? 'off'} value={draft[f]}
              aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => update(f, e.currentTarget.value)} />}
      </Field>
    );
  };
  const select = (f: 'legal_form' | 'sector' | 'district') => (
    <Field id={`b-${f}`} label={t(LABEL[f])} error={err(f)}>
      {(describedBy, invalid) => (
        <select id={`b-${f}`} name={f} value={draft[f]} aria-describedby={describedBy} aria-invalid={invalid || undefined}
          onChange={(e) => update(f, e.currentTarget.value)}>
          <option value="">{t('field.choose')}</option>
          {options[f].map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
  const boxes = (f: 'offers' | 'principles') => (
    <fieldset id={`b-${f}`} class={`principles${err(f) ? ' has-error' : ''}`} aria-describedby={err(f) ? `b-${f}-error` : undefined}>
      <legend>{t(LABEL[f])}</legend>
      {err(f) && <p id={`b-${f}-error`} class="field-error">{err(f)}</p>}
      {options[f].map((o) => (
        <label key={o.value}>
          <input type="checkbox" name={f} value={o.value} checked={draft[f].includes(o.value)}
            onChange={(e) => update(f, e.currentTarget.checked ? [...draft[f], o.value] : draft[f].filter((x) => x !== o.value))} />
          {' '}{o.label}
        </label>
      ))}
    </fieldset>
  );
  const consent = (f: 'consent_publish' | 'consent_privacy') => (
    <Consent id={`b-${f}`} label={t(LABEL[f])} error={err(f)} checked={draft[f]} onChange={(checked) => update(f, checked)} />
  );
  const problemList = ORDER.filter((f) => problems[f]);

  return (
    <form class="story-form" onSubmit={submit} noValidate>
      <p class="meta">{t('submit.draftSaved')}{target.businessId && ` ${t('business.editing')}`}{target.submissionId && !target.businessId && ` ${t('business.continuing')}`}</p>
      {showProblems && (
        <ProblemSummary summaryRef={summary} items={problemList.map((f) => ({ id: `b-${f}`, label: t(LABEL[f]), text: problemText(f, problems[f]!) }))} />
      )}
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
            <label key={v}><input type="radio" name="rsv" value={v} checked={draft.rsv === v} onChange={() => update('rsv', v)} /> {t(`field.rsv.${v}`)}</label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>{t('business.sectionOffer')}</legend>
        {boxes('offers')}
        {text('description', { multiline: true, hint: t('field.description.hint') })}
        {boxes('principles')}
      </fieldset>
      <fieldset>
        <legend>{t('submit.sectionContact')}</legend>
        <p class="meta">{t('submit.contactPrivate')}</p>
        {text('contact_name', { autocomplete: 'name' })}
        {text('contact_email', { type: 'email', autocomplete: 'email' })}
        {consent('consent_publish')}
        {consent('consent_privacy')}
      </fieldset>
      <div class="hp" aria-hidden="true">
        <label for="b-hjemmeside-igen">{t('field.honeypot')}</label>
        <input id="b-hjemmeside-igen" name="hjemmeside_igen" tabIndex={-1} autocomplete="off" value={honeypot} onInput={(e) => setHoneypot(e.currentTarget.value)} />
      </div>
      <p><button type="submit" disabled={busy}>{t(busy ? 'submit.sending' : 'business.send')}</button></p>
      <div tabIndex={-1} ref={result} aria-live="polite">
        {outcome?.kind === 'signIn' && (
          <p class="notice">{t('business.signInFirst')} <a href="/log-ind/?next=/virksomheder/tilmeld/">{t('submit.signInLink')}</a></p>
        )}
        {outcome?.kind === 'sent' && <p class="notice ok">{t('business.sent')} <a href="/min-side/#virksomheder">{t('account.myPage')}</a></p>}
        {outcome?.kind === 'error' && <p class="notice bad" role="alert">{t(outcome.error.key, outcome.error.vars)}</p>}
      </div>
    </form>
  );
}
