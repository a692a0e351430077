import { useEffect, useRef, useState } from 'preact/hooks';
import { nextPath, requestCode, validCode, validEmail, verifyCode, type UiError } from '../client/auth.ts';
import { SIGN_IN_CODE } from '../lib/account/sign-in-code.ts';
import { sessionHint } from '../client/session.ts';
import type { Lang } from '../lib/content/taxonomy.ts';
import { myPagePath } from '../lib/content/paths.ts';
import { learnEnglish, tIn, type AccountWords } from '../lib/i18n/account.ts';
import { ErrorSummary } from './shared/ErrorSummary.tsx';
import { useHydrated } from './hooks/useHydrated.ts';

type Step = 'email' | 'code' | 'done';

/** E-mail code sign-in: ask for a code, type it in, and the guest's progress moves to the account. */
export default function SignIn({ lang = 'da', words }: { lang?: Lang; words?: AccountWords }) {
  learnEnglish(words);
  const t = tIn(lang);
  const [step, setStep] = useState<Step>('email');
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [requestedAt, setRequestedAt] = useState<number>();
  const [error, setError] = useState<UiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const field = useRef<HTMLInputElement>(null);
  const hydrated = useHydrated();

  useEffect(() => {
    if (sessionHint()) return location.replace(nextPath(location.search, myPagePath(lang)));
    // A person or a password manager may have filled the address before this island ran.
    const typed = field.current?.value;
    if (typed) setEmail(typed);
  }, []);
  const firstStep = useRef(true);
  useEffect(() => {
    // Move focus only when the step changes, not on arrival (the address may already be typed).
    if (firstStep.current) return void (firstStep.current = false);
    field.current?.focus();
  }, [step]);

  async function run(message: string, work: () => Promise<void>) {
    setBusy(message);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as UiError).key ? (e as UiError) : { key: 'error.unknown' });
      setAttempts((n) => n + 1);
    } finally {
      setBusy(null);
    }
  }

  function refuse(problem: UiError) {
    setError(problem);
    setAttempts((n) => n + 1);
  }

  const send = (e?: Event) => {
    e?.preventDefault();
    if (!validEmail(email)) return refuse({ key: 'error.emailInvalid' });
    void run(t('signIn.working'), async () => {
      await requestCode(email);
      setRequestedAt(Date.now());
      setCode('');
      setStep('code');
    });
  };

  const verify = (e: Event) => {
    e.preventDefault();
    if (!validCode(code)) return refuse({ key: 'error.codeFormat' });
    void run(t('signIn.merging'), async () => {
      await verifyCode(email, code, requestedAt);
      setStep('done');
      location.assign(nextPath(location.search, myPagePath(lang)));
    });
  };

  const errorText = error && t(error.key, error.vars);
  const errorId = 'sign-in-error';
  const fieldId = step === 'code' ? 'sign-in-code' : 'sign-in-email';
  const summary = (
    <ErrorSummary title={t('form.errorTitle')} errors={errorText ? [{ fieldId, message: errorText }] : []} focusKey={attempts} />
  );
  const fieldError = errorText && (
    <p id={errorId} class="field-error">
      {errorText}
    </p>
  );

  return (
    <div class="sign-in">
      {step === 'email' && (
        <form method="post" onSubmit={send} noValidate>
          {summary}
          <label for="sign-in-email">{t('signIn.email')}</label>
          {fieldError}
          <input
            ref={field}
            id="sign-in-email"
            type="email"
            name="email"
            autocomplete="email"
            required
            value={email}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
          <button type="submit" disabled={!hydrated || Boolean(busy)}>
            {t('signIn.sendCode')}
          </button>
        </form>
      )}
      {step === 'code' && (
        <form method="post" onSubmit={verify} noValidate>
          {summary}
          <p role="status">{t('signIn.codeSent', { email })}</p>
          <label for="sign-in-code">{t('signIn.code')}</label>
          {fieldError}
          <input
            ref={field}
            id="sign-in-code"
            name="code"
            inputMode="numeric"
            autocomplete="one-time-code"
            pattern={`[0-9]{${SIGN_IN_CODE.length}}`}
            maxLength={SIGN_IN_CODE.length}
            required
            value={code}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
          />
          <button type="submit" disabled={Boolean(busy)}>
            {t('signIn.verify')}
          </button>
          <p class="actions">
            <button type="button" class="secondary" onClick={() => send()} disabled={Boolean(busy)}>
              {t('signIn.newCode')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setStep('email');
                setError(null);
              }}
            >
              {t('signIn.otherEmail')}
            </button>
          </p>
        </form>
      )}
      {step === 'done' && (
        <p role="status" class="notice ok">
          {t('signIn.done', { email })}
        </p>
      )}
      <div aria-live="polite">{busy && <p class="meta">{busy}</p>}</div>
    </div>
  );
}
