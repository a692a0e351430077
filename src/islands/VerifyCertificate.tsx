import { useEffect, useRef, useState } from 'preact/hooks';
import { normaliseCode, verify } from '../client/certificates.ts';
import { rpcError } from '../lib/account/errors.ts';
import type { VerifiedCertificate } from '../lib/supabase/types.ts';
import type { Lang } from '../lib/content/taxonomy.ts';
import { formatDateIn, learnEnglish, tIn, type AccountWords } from '../lib/i18n/account.ts';
import { ErrorSummary } from './shared/ErrorSummary.tsx';
import { useHydrated } from './hooks/useHydrated.ts';

type Result = { kind: 'found'; cert: VerifiedCertificate } | { kind: 'notFound'; code: string } | { kind: 'error'; text: string };

/** Public check of a certificate code: shows only what the database reveals (name, course, dates, hours, score, revoked when). */
export default function VerifyCertificate({ lang = 'da', words }: { lang?: Lang; words?: AccountWords }) {
  learnEnglish(words);
  const t = tIn(lang);
  const formatDate = (d: string) => formatDateIn(lang, d);
  const [code, setCode] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const hydrated = useHydrated();

  async function check(input: string) {
    const normal = normaliseCode(input);
    setInvalid(!normal);
    setResult(null);
    if (!normal) return setAttempts((n) => n + 1);
    history.replaceState(null, '', `?kode=${normal}`);
    try {
      const cert = await verify(normal);
      setResult(cert ? { kind: 'found', cert } : { kind: 'notFound', code: normal });
    } catch (e) {
      setResult({ kind: 'error', text: t(rpcError(e).key) });
    }
  }

  useEffect(() => {
    const given = new URLSearchParams(location.search).get('kode');
    if (given) {
      setCode(given);
      void check(given);
    } else if (input.current?.value) {
      // Typed before this island ran: keep it (the form is also a plain GET form, so a press
      // before now came back here with ?kode=, which is a certificate code, not personal data).
      setCode(input.current.value);
    }
  }, []);

  return (
    <div>
      <form
        class="stack verify-form"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          void check(code);
        }}
        noValidate
      >
        <ErrorSummary
          title={t('form.errorTitle')}
          errors={invalid ? [{ fieldId: 'verify-code', message: t('verify.invalid') }] : []}
          focusKey={attempts}
        />
        <div class={`field${invalid ? ' has-error' : ''}`}>
          <label for="verify-code">{t('verify.code')}</label>
          <p id="verify-hint" class="meta">
            {t('verify.codeHint')}
          </p>
          {invalid && (
            <p id="verify-error" class="field-error">
              {t('verify.invalid')}
            </p>
          )}
          <input
            ref={input}
            id="verify-code"
            name="kode"
            value={code}
            autocomplete="off"
            aria-describedby={invalid ? 'verify-error verify-hint' : 'verify-hint'}
            aria-invalid={invalid ? 'true' : undefined}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </div>
        <button type="submit" disabled={!hydrated}>
          {t('verify.submit')}
        </button>
      </form>
      <div aria-live="polite">
        {result?.kind === 'notFound' && <p class="notice bad">{t('verify.notFound', { code: result.code })}</p>}
        {result?.kind === 'error' && <p class="notice bad">{result.text}</p>}
        {result?.kind === 'found' && (
          <div class={`notice verify-result ${result.cert.revoked_at ? 'bad' : 'ok'}`}>
            <p>
              <strong>
                {result.cert.revoked_at ? t('verify.revoked', { date: formatDate(result.cert.revoked_at) }) : t('verify.found')}
              </strong>
            </p>
            <dl>
              <dt>{t('verify.participant')}</dt>
              <dd>{result.cert.participant_name}</dd>
              <dt>{t('verify.course')}</dt>
              <dd lang={result.cert.course_lang && result.cert.course_lang !== lang ? result.cert.course_lang : undefined}>
                {result.cert.course_title}
              </dd>
              <dt>{t('verify.language')}</dt>
              <dd>{t(`verify.language.${result.cert.course_lang ?? 'da'}`)}</dd>
              <dt>{t('verify.date')}</dt>
              <dd>{formatDate(result.cert.completed_on)}</dd>
              <dt>{t('verify.hours')}</dt>
              <dd>{t('certificate.hoursValue', { hours: Number(result.cert.hours) })}</dd>
              <dt>{t('verify.passed')}</dt>
              <dd>{t('certificate.passedValue', { date: formatDate(result.cert.passed_at), score: result.cert.score_percent })}</dd>
            </dl>
          </div>
        )}
      </div>
    </div>
  );
}
