import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../../lib/supabase/types.ts';
import type { UiError } from '../../client/auth.ts';
import type { Lang } from '../../lib/content/taxonomy.ts';
import { tIn, type AccountKey } from '../../lib/i18n/account.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';

const PROFESSIONS = ['revisor', 'rådgiver', 'iværksætter', 'indkøber', 'partner', 'andet'] as const;

interface Props {
  lang?: Lang;
  profile: Profile;
  onSave(name: string, profession: string | null): Promise<UiError | null>;
}

export default function ProfileForm({ profile, onSave, lang = 'da' }: Props) {
  const t = tIn(lang);
  const [name, setName] = useState(profile.display_name ?? '');
  const [profession, setProfession] = useState(profile.profession ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [nameProblem, setNameProblem] = useState(false);
  const [attempts, setAttempts] = useState(0);
  useEffect(() => setName(profile.display_name ?? ''), [profile.display_name]);

  async function save(e: Event) {
    e.preventDefault();
    const trimmed = name.trim();
    setNameProblem(trimmed.length < 2 || trimmed.length > 120);
    if (trimmed.length < 2 || trimmed.length > 120) {
      setMessage(null);
      return setAttempts((n) => n + 1);
    }
    const error = await onSave(trimmed, profession || null);
    setMessage(error ? { ok: false, text: t(error.key, error.vars) } : { ok: true, text: t('my.saved') });
  }

  return (
    <section aria-labelledby="profil">
      <h2 id="profil">{t('my.profile')}</h2>
      <form onSubmit={save} method="post" class="stack" noValidate>
        <ErrorSummary
          title={t('form.errorTitle')}
          titleId="profile-errors"
          focusKey={attempts}
          errors={nameProblem ? [{ fieldId: 'profile-name', message: t('my.nameInvalid') }] : []}
        />
        <div class={`field${nameProblem ? ' has-error' : ''}`}>
          <label for="profile-name">{t('my.name')}</label>
          <p id="profile-name-hint" class="meta">
            {t('my.nameHint')}
          </p>
          {nameProblem && (
            <p id="profile-name-error" class="field-error">
              {t('my.nameInvalid')}
            </p>
          )}
          <input
            id="profile-name"
            name="name"
            autocomplete="name"
            value={name}
            maxLength={120}
            aria-describedby={nameProblem ? 'profile-name-error profile-name-hint' : 'profile-name-hint'}
            aria-invalid={nameProblem ? 'true' : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <label for="profile-profession">{t('my.profession')}</label>
        <select id="profile-profession" name="profession" value={profession} onChange={(e) => setProfession(e.currentTarget.value)}>
          <option value="">{t('my.professionNone')}</option>
          {PROFESSIONS.map((p) => (
            <option key={p} value={p}>
              {t(`my.profession.${p}` as AccountKey)}
            </option>
          ))}
        </select>
        <p>
          <button type="submit">{t('my.save')}</button>
        </p>
        <div aria-live="polite">{message && <p class={`notice ${message.ok ? 'ok' : 'bad'}`}>{message.text}</p>}</div>
      </form>
    </section>
  );
}
