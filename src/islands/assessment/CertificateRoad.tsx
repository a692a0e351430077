import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { myProfile, saveProfile } from '../../client/account.ts';
import type { AssessmentOverview } from '../../lib/supabase/types.ts';
import type { Lang } from '../../lib/content/taxonomy.ts';
import { tIn } from '../../lib/i18n/assessment.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';

interface Props {
  info: AssessmentOverview;
  courseUrl: string;
  lessonCount: number;
  onNameSaved?(): void;
  lang?: Lang;
}

/**
 * The assessment's intro says what a certificate needs (lessons, a pass, a name) and how far the
 * learner is; a missing name is asked for right here, so passing never ends in a dead end.
 */
export function CertificateRoad({ info, courseUrl, lessonCount, onNameSaved, lang = 'da' }: Props) {
  const t = tIn(lang);
  const [profile, setProfile] = useState<{ name: string; profession: string | null } | null>(null);
  useEffect(() => {
    myProfile().then(
      (p) => setProfile({ name: p.display_name ?? '', profession: p.profession ?? null }),
      () => {},
    );
  }, []);
  // Asked for here once the profile has no name; the form stays to say the name was saved.
  const [askName, setAskName] = useState(false);
  useEffect(() => {
    if (profile && !profile.name) setAskName(true);
  }, [profile]);

  const step = (done: boolean, text: string, extra?: ComponentChildren) => (
    <li data-done={done ? 'true' : undefined}>
      <span aria-hidden="true">{done ? '✓ ' : '○ '}</span>
      {text} <span class="meta">({t(done ? 'road.done' : 'road.todo')})</span>
      {extra}
    </li>
  );
  const lessonsDone = info.lessons_missing === 0;
  return (
    <section class="certificate-road" aria-labelledby="road-title">
      <h2 id="road-title">{t('road.title')}</h2>
      <ul class="road-steps">
        {step(
          lessonsDone,
          t('road.lessons'),
          !lessonsDone && (
            <>
              {' '}
              {t('road.lessonsLeft', { count: info.lessons_missing, total: lessonCount })} <a href={courseUrl}>{t('road.toCourse')}</a>
            </>
          ),
        )}
        {step(Boolean(info.passed), t('road.assessment'))}
        {profile && step(Boolean(profile.name), profile.name ? t('road.nameOnCertificate', { name: profile.name }) : t('road.name'))}
      </ul>
      {profile && askName && (
        <NameForm
          lang={lang}
          profession={profile.profession}
          onSaved={(name) => {
            setProfile({ ...profile, name });
            onNameSaved?.();
          }}
        />
      )}
    </section>
  );
}

/** Asks for the name to print on the certificate and saves it to the profile (keeping the profession). */
export function NameForm({ profession, onSaved, lang = 'da' }: { profession?: string | null; onSaved(name: string): void; lang?: Lang }) {
  const t = tIn(lang);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function saveName(e: Event) {
    e.preventDefault();
    const name = (input.current?.value ?? draft).trim();
    setFailed(null);
    setProblem(name.length < 2 || name.length > 120);
    if (name.length < 2 || name.length > 120) return setAttempts((n) => n + 1);
    try {
      const kept = profession === undefined ? ((await myProfile()).profession ?? null) : profession;
      await saveProfile(name, kept);
      setSaved(name);
      onSaved(name);
    } catch {
      setFailed(t('error.unknown'));
    }
  }

  if (saved)
    return (
      <p class="notice ok" role="status">
        {t('road.nameSaved', { name: saved })}
      </p>
    );
  return (
    <form class="stack name-form" method="post" onSubmit={saveName} noValidate>
      <ErrorSummary
        title={t('form.errorTitle')}
        titleId="name-errors"
        focusKey={attempts}
        errors={problem ? [{ fieldId: 'certificate-name', message: t('road.nameInvalid') }] : []}
      />
      <p>{t('road.namePrompt')}</p>
      <div class={`field${problem ? ' has-error' : ''}`}>
        <label for="certificate-name">{t('road.nameLabel')}</label>
        {problem && (
          <p id="certificate-name-error" class="field-error">
            {t('road.nameInvalid')}
          </p>
        )}
        <input
          ref={input}
          id="certificate-name"
          name="name"
          autocomplete="name"
          maxLength={120}
          value={draft}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'certificate-name-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
      </div>
      <p>
        <button type="submit" class="secondary">
          {t('road.nameSave')}
        </button>
      </p>
      {failed && (
        <p class="notice bad" role="alert">
          {failed}
        </p>
      )}
    </form>
  );
}
