import { useEffect, useRef, useState } from 'preact/hooks';
import { sessionHint } from '../lib/account/session.ts';
import { clearDraft, loadDraft, saveDraft } from '../lib/stories/draft.ts';
import { emptyDraft, fromSubmission, LIMITS, validate, type Draft, type Field as FieldName, type Problem } from '../lib/stories/fields.ts';
import { mine, send, type StoryError } from '../lib/stories/submissions.ts';
import { t } from '../lib/i18n/stories.ts';
import { Consent, Count, Field, ProblemSummary } from './story-form/Inputs.tsx';

type Option = { value: string; label: string };
interface Props {
  options: { legal_form: Option[]; sector: Option[]; district: Option[]; size_band: Option[]; principles: Option[] };
}

/** The fields in the form's own order, for the list of problems. */
const ORDER: FieldName[] = ['organisation', 'legal_form', 'sector', 'district', 'founded', 'size', 'size_band', 'website', 'title',
  'summary', 'story', 'lessons', 'principles', 'contact_name', 'contact_email', 'consent_publish', 'consent_privacy'];
const LABEL: Record<FieldName, Parameters<typeof t>[0]> = {
  title: 'field.title', organisation: 'field.organisation', legal_form: 'field.legal_form', sector: 'field.sector', district: 'field.district',
  founded: 'field.founded', size: 'field.size', size_band: 'field.size_band', principles: 'field.principles', summary: 'field.summary',
  story: 'field.story', lessons: 'field.lessons', website: 'field.website', contact_name: 'field.contact_name',
  contact_email: 'field.contact_email', consent_publish: 'field.consent_publish', consent_privacy: 'field.consent_privacy',
};

function problemText(field: FieldName, problem: Problem) {
  const [min, max] = (LIMITS as Record<string, readonly [number, number]>)[field] ?? [0, 0];
  return t(`problem.${problem}`, { min, max });
}

type Outcome = { kind: 'sent' | 'updated' } | { kind: 'error'; error: StoryError } | { kind: 'signIn' } | null;

/** The partner's submission form. Every keystroke is kept in the browser until the database accepts it. */
export default function SubmitStory({ options }: Props) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [submissionId, setSubmissionId] = useState<string>();
  const [restored, setRestored] = useState(false);
  const [honeypot, setHoneypot] = useState('');
  const [problems, setProblems] = useState<Partial<Record<FieldName, Problem>>>({});
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const summary = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const stored = loadDraft();
    const editId = new URLSearchParams(location.search).get('rediger') ?? undefined;
    if (stored && stored.submissionId === editId) {
      setDraft(stored.draft);
      setSubmissionId(stored.submissionId);
      setRestored(true);
    } else if (editId && sessionHint()) {
      mine().then((all) => {
        const s = all.find((x) => x.id === editId);
        if (s?.kind === 'story') {
          setDraft(fromSubmission(s));
          setSubmissionId(s.id);
        }
      }, () => {});
    } else if (stored && !editId) {
      setDraft(stored.draft);
      setRestored(true);
    }
  }, []);

  function update<K extends keyof Draft>(field: K, value: Draft[K]) {
    const next = { ...draft, [field]: value };
    setDraft(next);
    saveDraft(next, submissionId);
    if (showProblems) setProblems(validate(next));
  }

  async function submit(e: Event) {
    e.preventDefault();
    setOutcome(null);
    const found = validate(draft);
    setProblems(found);
    setShowProblems(true);
    if (Object.keys(found).length) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    if (!sessionHint()) {
      saveDraft(draft, submissionId);
      setOutcome({ kind: 'signIn' });
      requestAnimationFrame(() => result.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await send(draft, submissionId, honeypot);
      clearDraft();
      setOutcome({ kind: submissionId ? 'updated' : 'sent' });
      setDraft(emptyDraft());
      setSubmissionId(undefined);
      setShowProblems(false);
    } catch (error) {
      setOutcome({ kind: 'error', error: error as StoryError });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => result.current?.focus());
    }
  }

  const err = (f: FieldName) => (showProblems && problems[f] ? problemText(f, problems[f]!) : undefined);
  const text = (f: 'title' | 'organisation' | 'size' | 'summary' | 'story' | 'lessons' | 'website' | 'contact_name' | 'contact_email' | 'founded',
    extra: { multiline?: boolean; type?: string; autocomplete?: string; hint?: string; inputMode?: 'numeric' } = {}) => {
    const max = (LIMITS as Record<string, readonly [number, number]>)[f]?.[1];
    return (
      <Field id={`f-${f}`} label={t(LABEL[f])} error={err(f)}
        hint={extra.hint || max ? <>{extra.hint}{extra.hint && max ? ' ' : ''}{max && <Count value={draft[f]} max={max} />}</> : undefined}>
        {(describedBy, invalid) => extra.multiline
          ? <textarea id={`f-${f}`} name={f} rows={f === 'story' ? 14 : 5} value={draft[f]} aria-describedby={describedBy} aria-invalid={invalid || undefined}
              onInput={(e) => update(f, e.currentTarget.value)} />
          : <input id={`f-${f}`} name={f} type={extra.type ?? 'text'} inputMode={extra.inputMode} autocomplete={extra.autocomplete ?? 'off'} value={draft[f]}
              aria-describedby={describedBy} aria-invalid={invalid || undefined} onInput={(e) => update(f, e.currentTarget.value)} />}
      </Field>
    );
  };
  const select = (f: 'legal_form' | 'sector' | 'district' | 'size_band') => (
    <Field id={`f-${f}`} label={t(LABEL[f])} error={err(f)}>
      {(describedBy, invalid) => (
        <select id={`f-${f}`} name={f} value={draft[f]} aria-describedby={describedBy} aria-invalid={invalid || undefined}
          onChange={(e) => update(f, e.currentTarget.value)}>
          <option value="">{t('field.choose')}</option>
          {options[f].map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
  const consent = (f: 'consent_publish' | 'consent_privacy') => (
    <Consent id={`f-${f}`} label={t(LABEL[f])} error={err(f)} checked={draft[f]} onChange={(checked) => update(f, checked)} />
  );
  const problemList = ORDER.filter((f) => problems[f]);

  return (
    <form class="story-form" onSubmit={submit} noValidate>
      <p class="meta" aria-live="polite">{restored ? t('submit.draftRestored') : t('submit.draftSaved')}{submissionId && ` ${t('submit.editing')}`}</p>
      {showProblems && (
        <ProblemSummary summaryRef={summary} items={problemList.map((f) => ({ id: `f-${f}`, label: t(LABEL[f]), text: problemText(f, problems[f]!) }))} />
      )}
      <fieldset>
        <legend>{t('submit.sectionOrg')}</legend>
        {text('organisation', { autocomplete: 'organization' })}
        {select('legal_form')}
        {select('sector')}
        {select('district')}
        {text('founded', { inputMode: 'numeric' })}
        {text('size', { hint: t('field.size.hint') })}
        {select('size_band')}
        {text('website', { type: 'url', autocomplete: 'url' })}
      </fieldset>
      <fieldset>
        <legend>{t('submit.sectionStory')}</legend>
        {text('title')}
        {text('summary', { multiline: true })}
        {text('story', { multiline: true, hint: t('field.story.hint') })}
        {text('lessons', { multiline: true })}
        <fieldset class="principles">
          <legend>{t('field.principles')}</legend>
          {options.principles.map((o) => (
            <label key={o.value}>
              <input type="checkbox" name="principles" value={o.value} checked={draft.principles.includes(o.value)}
                onChange={(e) => update('principles', e.currentTarget.checked ? [...draft.principles, o.value] : draft.principles.filter((p) => p !== o.value))} />
              {' '}{o.label}
            </label>
          ))}
        </fieldset>
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
        <label for="f-hjemmeside-igen">{t('field.honeypot')}</label>
        <input id="f-hjemmeside-igen" name="hjemmeside_igen" tabIndex={-1} autocomplete="off" value={honeypot} onInput={(e) => setHoneypot(e.currentTarget.value)} />
      </div>
      <p><button type="submit" disabled={busy}>{t(busy ? 'submit.sending' : submissionId ? 'submit.saveChanges' : 'submit.send')}</button></p>
      <div tabIndex={-1} ref={result} aria-live="polite">
        {outcome?.kind === 'signIn' && (
          <p class="notice">{t('submit.signInFirst')} <a href="/log-ind/?next=/indsend/">{t('submit.signInLink')}</a></p>
        )}
        {(outcome?.kind === 'sent' || outcome?.kind === 'updated') && (
          <p class="notice ok">{t(outcome.kind === 'sent' ? 'submit.sent' : 'submit.updated')} <a href="/min-side/#historier">{t('submit.mine')}</a></p>
        )}
        {outcome?.kind === 'error' && <p class="notice bad" role="alert">{t(outcome.error.key, outcome.error.vars)}</p>}
      </div>
    </form>
  );
}
