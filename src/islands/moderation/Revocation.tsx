import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { findCertificate, revocations, revokeCertificate, type AssessmentError } from '../../client/assessment.ts';
import { normaliseCode } from '../../client/certificates.ts';
import { sessionHint } from '../../client/session.ts';
import type { EditorCertificate, Revocation as RevocationEntry } from '../../lib/supabase/types.ts';
import { formatDate, formatMoment, t } from '../../lib/i18n/assessment.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';

type Problem = { fieldId: 'revoke-code' | 'revoke-reason'; message: string } | null;

/** Editors revoke a certificate with a reason; the trail below lists every revocation with who and when. */
export default function Revocation() {
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  const [found, setFound] = useState<EditorCertificate | null>(null);
  const [trail, setTrail] = useState<RevocationEntry[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [refused, setRefused] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const [attempts, setAttempts] = useState(0);
  const refuse = (fieldId: 'revoke-code' | 'revoke-reason', message: string) => {
    setProblem({ fieldId, message });
    setAttempts((n) => n + 1);
  };

  const loadTrail = () => revocations().then(setTrail, (e: AssessmentError) => e.key === 'revoke.error.notEditor' && setRefused(true));
  useEffect(() => {
    if (sessionHint()) void loadTrail();
    else setRefused(true);
  }, []);

  if (refused) return null; // Moderation above already tells a visitor who is not an editor.

  async function find(e: Event) {
    e.preventDefault();
    setMessage(null);
    setProblem(null);
    setFound(null);
    const normal = normaliseCode(code);
    if (!normal) return refuse('revoke-code', t('revoke.error.code'));
    try {
      setFound(await findCertificate(normal));
    } catch (err) {
      setMessage({ ok: false, text: t((err as AssessmentError).key) });
    }
  }

  async function revoke(e: Event) {
    e.preventDefault();
    if (!found) return;
    const text = reason.trim();
    setProblem(null);
    if (text.length < 10 || text.length > 500) return refuse('revoke-reason', t('revoke.error.reason'));
    try {
      setFound(await revokeCertificate(found.code, text));
      setMessage({ ok: true, text: t('revoke.done', { code: found.code }) });
      setReason('');
      void loadTrail();
    } catch (err) {
      setMessage({ ok: false, text: t((err as AssessmentError).key) });
    }
  }

  return (
    <section aria-labelledby="tilbagekald" class="revocation">
      <h2 id="tilbagekald">{t('revoke.title')}</h2>
      <p>{t('revoke.lead')}</p>
      <ErrorSummary title={t('form.errorTitle')} titleId="revoke-errors" errors={problem ? [problem] : []} focusKey={attempts} />
      <form onSubmit={find} method="post" class="stack" noValidate>
        <Field id="revoke-code" label={t('revoke.code')} problem={problem}>
          {(describedBy) => (
            <input
              id="revoke-code"
              name="code"
              value={code}
              autocomplete="off"
              aria-describedby={describedBy}
              aria-invalid={describedBy ? 'true' : undefined}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          )}
        </Field>
        <p>
          <button type="submit">{t('revoke.find')}</button>
        </p>
      </form>
      {found && (
        <div class="notice">
          <p>
            {t('revoke.found', {
              name: found.participant_name,
              course: found.course_title,
              date: formatDate(found.passed_at),
              score: found.score_percent,
            })}
          </p>
          {found.revoked_at ? (
            <p>{t('revoke.already', { date: formatMoment(found.revoked_at), who: found.revoked_by ?? '–' })}</p>
          ) : (
            <form onSubmit={revoke} method="post" class="stack" noValidate>
              <Field id="revoke-reason" label={t('revoke.reason')} problem={problem}>
                {(describedBy) => (
                  <textarea
                    id="revoke-reason"
                    name="reason"
                    rows={3}
                    maxLength={500}
                    value={reason}
                    aria-describedby={describedBy}
                    aria-invalid={describedBy ? 'true' : undefined}
                    onInput={(e) => setReason(e.currentTarget.value)}
                  />
                )}
              </Field>
              <p>
                <button type="submit">{t('revoke.submit')}</button>
              </p>
            </form>
          )}
        </div>
      )}
      <div aria-live="polite">{message && <p class={`notice ${message.ok ? 'ok' : 'bad'}`}>{message.text}</p>}</div>
      <h3>{t('revoke.trail')}</h3>
      {trail && trail.length === 0 && <p>{t('revoke.noTrail')}</p>}
      {trail && trail.length > 0 && (
        <ul class="revocation-trail">
          {trail.map((r) => (
            <li key={`${r.code}-${r.revoked_at}`}>
              {t('revoke.trailLine', {
                date: formatMoment(r.revoked_at),
                code: r.code,
                name: r.participant_name,
                course: r.course_title,
                who: r.revoked_by ?? '–',
                reason: r.reason,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One labelled field with its message beside it, when the problem is this field's. */
function Field({
  id,
  label,
  problem,
  children,
}: {
  id: string;
  label: string;
  problem: Problem;
  children(describedBy?: string): ComponentChildren;
}) {
  const mine = problem?.fieldId === id ? problem.message : null;
  return (
    <div class={`field${mine ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {mine && (
        <p id={`${id}-error`} class="field-error">
          {mine}
        </p>
      )}
      {children(mine ? `${id}-error` : undefined)}
    </div>
  );
}
