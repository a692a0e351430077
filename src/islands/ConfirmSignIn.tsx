import { useState } from 'preact/hooks';
import { nextPath, verifyLink, type UiError } from '../client/auth.ts';
import type { Lang } from '../lib/content/taxonomy.ts';
import { myPagePath, signInPath } from '../lib/content/paths.ts';
import { learnEnglish, tIn, type AccountWords } from '../lib/i18n/account.ts';

/** The landing page of the link in the sign-in e-mail: it signs in only when a person presses the button. */
export default function ConfirmSignIn({ lang = 'da', words }: { lang?: Lang; words?: AccountWords }) {
  learnEnglish(words);
  const t = tIn(lang);
  const [error, setError] = useState<UiError | null>(null);
  const [busy, setBusy] = useState(false);
  const tokenHash = typeof location === 'undefined' ? '' : (new URLSearchParams(location.search).get('token_hash') ?? '');

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await verifyLink(tokenHash);
      location.assign(nextPath(location.search, myPagePath(lang)));
    } catch (e) {
      setError((e as UiError).key ? (e as UiError) : { key: 'error.unknown' });
      setBusy(false);
    }
  }

  if (!tokenHash)
    return (
      <p role="alert" class="notice bad">
        {t('signIn.confirmMissing')} <a href={signInPath(lang)}>{t('signIn.title')}</a>
      </p>
    );
  return (
    <div>
      <button type="button" onClick={confirm} disabled={busy}>
        {t('signIn.confirm')}
      </button>
      <div aria-live="polite">{busy && <p class="meta">{t('signIn.merging')}</p>}</div>
      {error && (
        <p role="alert" class="notice bad">
          {t(error.key, error.vars)} <a href={signInPath(lang)}>{t('signIn.title')}</a>
        </p>
      )}
    </div>
  );
}
