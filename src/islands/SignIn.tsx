import { useEffect, useRef, useState } from 'preact/hooks';
import { nextPath, requestCode, validCode, validEmail, verifyCode, type UiError } from '../lib/account/auth.ts';
import { sessionHint } from '../lib/account/session.ts';
import { t } from '../lib/i18n/account.ts';

type Step = 'email' | 'code' | 'done';

/** E-mail code sign-in: ask for a code, type it in, and the guest's progress moves to the account. */
export default function SignIn() {
  const [step, setStep] = useState<Step>('email');
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [requestedAt, setRequestedAt] = useState<number>();
  const [error, setError] = useState<UiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (sessionHint()) location.replace(nextPath(location.search));
  }, []);
  useEffect(() => field.current?.focus(), [step]);

  async function run(message: string, work: () => Promise<void>) {
    setBusy(message);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as UiError).key ? (e as UiError) : { key: 'error.unknown' });
      field.current?.focus();
    } finally {
      setBusy(null);
    }
  }

  const send = (e?: Event) => {
    e?.preventDefault();
    if (!validEmail(email)) return setError({ key: 'error.emailInvalid' });
    void run(t('signIn.working'), async () => {
      await requestCode(email);
      setRequestedAt(Date.now());
      setCode('');
      setStep('code');
    });
  };

  const verify = (e: Event) => {
    e.preventDefault();
    if (!validCode(code)) return setError({ key: 'error.codeFormat' });
    void run(t('signIn.merging'), async () => {
      await verifyCode(email, code, requestedAt);
      setStep('done');
      location.assign(nextPath(location.search));
    });
  };

  const errorText = error && t(error.key, error.vars);
  const errorId = 'sign-in-error';

  return (
    <div class="sign-in">
      {step === 'email' && (
        <form onSubmit={send} noValidate>
          <label for="sign-in-email">{t('signIn.email')}</label>
          <input ref={field} id="sign-in-email" type="email" name="email" autocomplete="email" required value={email}
            aria-invalid={error ? 'true' : undefined} aria-describedby={error ? errorId : undefined}
            onInput={(e) => setEmail(e.currentTarget.value)} />
          <button type="submit" disabled={Boolean(busy)}>{t('signIn.sendCode')}</button>
        </form>
      )}
      {step === 'code' && (
        <form onSubmit={verify} noValidate>
          <p role="status">{t('signIn.codeSent', { email })}</p>
          <label for="sign-in-code">{t('signIn.code')}</label>
          <input ref={field} id="sign-in-code" name="code" inputMode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxLength={6}
            required value={code} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? errorId : undefined}
            onInput={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))} />
          <button type="submit" disabled={Boolean(busy)}>{t('signIn.verify')}</button>
          <p class="actions">
            <button type="button" class="secondary" onClick={() => send()} disabled={Boolean(busy)}>{t('signIn.newCode')}</button>
            <button type="button" class="secondary" onClick={() => { setStep('email'); setError(null); }}>{t('signIn.otherEmail')}</button>
          </p>
        </form>
      )}
      {step === 'done' && <p role="status" class="notice ok">{t('signIn.done', { email })}</p>}
      <div aria-live="polite">{busy && <p class="meta">{busy}</p>}</div>
      {errorText && <p id={errorId} role="alert" class="notice bad">{errorText}</p>}
    </div>
  );
}
