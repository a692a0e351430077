import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../../lib/supabase/types.ts';
import type { UiError } from '../../lib/account/auth.ts';
import { t, type AccountKey } from '../../lib/i18n/account.ts';

const PROFESSIONS = ['revisor', 'rådgiver', 'iværksætter', 'indkøber', 'partner', 'andet'] as const;

interface Props {
  profile: Profile;
  onSave(name: string, profession: string | null): Promise<UiError | null>;
}

export default function ProfileForm({ profile, onSave }: Props) {
  const [name, setName] = useState(profile.display_name ?? '');
  const [profession, setProfession] = useState(profile.profession ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => setName(profile.display_name ?? ''), [profile.display_name]);

  async function save(e: Event) {
    e.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length < 2 || trimmed.length > 120) return setMessage({ ok: false, text: t('my.nameInvalid') });
    const error = await onSave(trimmed, profession || null);
    setMessage(error ? { ok: false, text: t(error.key, error.vars) } : { ok: true, text: t('my.saved') });
  }

  return (
    <section aria-labelledby="profil">
      <h2 id="profil">{t('my.profile')}</h2>
      <form onSubmit={save} class="stack" noValidate>
        <label for="profile-name">{t('my.name')}</label>
        <input id="profile-name" name="name" autocomplete="name" value={name} maxLength={120} aria-describedby="profile-name-hint"
          aria-invalid={message && !message.ok ? 'true' : undefined} onInput={(e) => setName(e.currentTarget.value)} />
        <p id="profile-name-hint" class="meta">{t('my.nameHint')}</p>
        <label for="profile-profession">{t('my.profession')}</label>
        <select id="profile-profession" value={profession} onChange={(e) => setProfession(e.currentTarget.value)}>
          <option value="">{t('my.professionNone')}</option>
          {PROFESSIONS.map((p) => <option key={p} value={p}>{t(`my.profession.${p}` as AccountKey)}</option>)}
        </select>
        <p><button type="submit">{t('my.save')}</button></p>
        <div aria-live="polite">{message && <p class={`notice ${message.ok ? 'ok' : 'bad'}`}>{message.text}</p>}</div>
      </form>
    </section>
  );
}
