import { useEffect, useState } from 'preact/hooks';
import { sessionHint } from '../client/session.ts';
import { storyDraft } from '../client/drafts.ts';
import { emptyDraft, fromSubmission, LIMITS, validate, type Field as FieldName } from '../lib/stories/fields.ts';
import { mine, send } from '../client/contributions.ts';
import { t } from '../lib/i18n/stories.ts';
import { ContactFields, SelectField, TextField, type TextOptions } from './contribution-form/Inputs.tsx';
import { Honeypot, ProblemSummary, SendResult } from './contribution-form/Sending.tsx';
import { useSubmitFlow } from './contribution-form/useSubmitFlow.ts';

type Option = { value: string; label: string };
interface Props {
  options: { legal_form: Option[]; sector: Option[]; district: Option[]; size_band: Option[]; principles: Option[] };
}

/** The fields in the form's own order, for the list of problems. */
const ORDER: FieldName[] = [
  'organisation',
  'legal_form',
  'sector',
  'district',
  'founded',
  'size',
  'size_band',
  'website',
  'title',
  'summary',
  'story',
  'lessons',
  'principles',
  'contact_name',
  'contact_email',
  'consent_publish',
  'consent_privacy',
];
const LABEL: Record<FieldName, Parameters<typeof t>[0]> = {
  title: 'field.title',
  organisation: 'field.organisation',
  legal_form: 'field.legal_form',
  sector: 'field.sector',
  district: 'field.district',
  founded: 'field.founded',
  size: 'field.size',
  size_band: 'field.size_band',
  principles: 'field.principles',
  summary: 'field.summary',
  story: 'field.story',
  lessons: 'field.lessons',
  website: 'field.website',
  contact_name: 'field.contact_name',
  contact_email: 'field.contact_email',
  consent_publish: 'field.consent_publish',
  consent_privacy: 'field.consent_privacy',
};

/** The partner's submission form. Every keystroke is kept in the browser until the database accepts it. */
export default function SubmitStory({ options }: Props) {
  const [submissionId, setSubmissionId] = useState<string>();
  const [restored, setRestored] = useState(false);
  const flow = useSubmitFlow({
    idPrefix: 'f',
    order: ORDER,
    label: LABEL,
    limits: LIMITS,
    empty: emptyDraft,
    validate,
    startOver: true,
    keep: (draft) => storyDraft.save(draft, submissionId),
    clear: storyDraft.clear,
    send: async (draft, honeypot) => {
      await send(draft, submissionId, honeypot);
      setSubmissionId(undefined);
      return submissionId ? 'updated' : 'sent';
    },
  });
  const { draft, startFrom, update } = flow;

  useEffect(() => {
    const stored = storyDraft.load();
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
          if (s?.kind === 'story') {
            startFrom(fromSubmission(s));
            setSubmissionId(s.id);
          }
        },
        () => {},
      );
    } else if (stored && !editId) {
      startFrom(stored.draft);
      setRestored(true);
    } else {
      startFrom(emptyDraft());
    }
  }, []);

  const text = (
    f: 'title' | 'organisation' | 'size' | 'summary' | 'story' | 'lessons' | 'website' | 'founded',
    extra: TextOptions = {},
  ) => <TextField {...flow.field(f)} rows={f === 'story' ? 14 : 5} {...extra} />;
  const select = (f: 'legal_form' | 'sector' | 'district' | 'size_band') => <SelectField {...flow.field(f)} options={options[f]} />;

  return (
    <form class="contribution-form" method="post" ref={flow.formRef} onSubmit={flow.submit} noValidate>
      <p class="meta" aria-live="polite">
        {restored ? t('submit.draftRestored') : t('submit.draftSaved')}
        {submissionId && ` ${t('submit.editing')}`}
      </p>
      {flow.showProblems && <ProblemSummary focusKey={flow.attempts} items={flow.problemItems} />}
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
              <input
                type="checkbox"
                name="principles"
                value={o.value}
                checked={draft.principles.includes(o.value)}
                onChange={(e) =>
                  update(
                    'principles',
                    e.currentTarget.checked ? [...draft.principles, o.value] : draft.principles.filter((p) => p !== o.value),
                  )
                }
              />{' '}
              {o.label}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <ContactFields field={flow.field} />
      <Honeypot id="f-hjemmeside-igen" value={flow.honeypot} onValue={flow.setHoneypot} />
      <p>
        <button type="submit" disabled={!flow.hydrated || flow.busy}>
          {t(flow.busy ? 'submit.sending' : submissionId ? 'submit.saveChanges' : 'submit.send')}
        </button>
      </p>
      <SendResult
        outcome={flow.outcome}
        resultRef={flow.resultRef}
        signIn={{ text: t('submit.signInFirst'), next: '/indsend/' }}
        thanks={(kind) => ({
          text: t(kind === 'sent' ? 'submit.sent' : 'submit.updated'),
          href: '/min-side/#historier',
          link: t('submit.mine'),
        })}
      />
    </form>
  );
}
