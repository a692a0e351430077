import { useEffect, useState } from 'preact/hooks';
import { signOut, unsentBeforeSignOut } from '../client/auth.ts';
import { rpcError } from '../lib/account/errors.ts';
import {
  certificateGaps,
  deleteEverything,
  exportData,
  issueCertificate,
  loadAccount,
  saveProfile,
  type Account,
} from '../client/account.ts';
import { sessionHint } from '../client/session.ts';
import type { Lang } from '../lib/content/taxonomy.ts';
import { myPagePath, signInPath } from '../lib/content/paths.ts';
import { learnEnglish, tIn, type AccountWords } from '../lib/i18n/account.ts';
import AdvisorListing from './my-page/AdvisorListing.tsx';
import Certificates from './my-page/Certificates.tsx';
import Courses from './my-page/Courses.tsx';
import CpdHours from './my-page/CpdHours.tsx';
import DataControls from './my-page/DataControls.tsx';
import History from './my-page/History.tsx';
import ProfileForm from './my-page/ProfileForm.tsx';
import Submissions from './my-page/Submissions.tsx';
import type { CourseSummary } from './my-page/types.ts';
import { useProgress } from './hooks/useProgress';

type State =
  | { kind: 'loading' }
  | { kind: 'signedOut'; message?: string }
  | { kind: 'error'; text: string }
  | { kind: 'ready'; account: Account };

/**
 * The learner's own page: courses, certificates, check history, profile, export and deletion. In
 * English (`lang="en"`, /en/my-page/) a focused part: the parts that exist only in Danish
 * (continuing-education hours, the advisors list, stories sent) stay on /min-side/.
 */
export default function MyPage({ courses, lang = 'da', words }: { courses: CourseSummary[]; lang?: Lang; words?: AccountWords }) {
  learnEnglish(words);
  const t = tIn(lang);
  const danish = lang === 'da';
  const [state, setState] = useState<State>({ kind: 'loading' });
  const progress = useProgress();
  const lessonTitles = Object.fromEntries(courses.flatMap((c) => c.lessons.map((l) => [l.id, l.title])));

  useEffect(() => {
    if (!sessionHint()) return setState({ kind: 'signedOut' });
    loadAccount()
      .then((account) => setState(account ? { kind: 'ready', account } : { kind: 'signedOut' }))
      .catch((e) => setState({ kind: 'error', text: t(rpcError(e).key) }));
  }, []);

  if (state.kind === 'loading') return <p role="status">{t('my.loading')}</p>;
  if (state.kind === 'error')
    return (
      <p role="alert" class="notice bad">
        {state.text}
      </p>
    );
  if (state.kind === 'signedOut')
    return (
      <div>
        {state.message && (
          <p role="status" class="notice ok">
            {state.message}
          </p>
        )}
        <p>{t('my.signedOut')}</p>
        <p>
          <a class="button" href={`${signInPath(lang)}?next=${myPagePath(lang)}`}>
            {t('account.signIn')}
          </a>
        </p>
      </div>
    );

  const { account } = state;
  const update = (changes: Partial<Account>) => setState({ kind: 'ready', account: { ...account, ...changes } });
  const attempt = async <T,>(work: () => Promise<T>, then: (value: T) => void) => {
    try {
      then(await work());
      return null;
    } catch (e) {
      return rpcError(e);
    }
  };

  async function leave() {
    const unsent = await unsentBeforeSignOut();
    if (unsent > 0 && !confirm(t('signOut.unsent', { count: unsent }))) return;
    await signOut();
    setState({ kind: 'signedOut', message: t('signOut.done') });
  }

  return (
    <div class="my-page">
      <p>
        {t('my.signedInAs', { email: account.email })}{' '}
        <button type="button" class="secondary" onClick={leave}>
          {t('my.signOut')}
        </button>
      </p>
      {progress && (
        <Courses
          courses={courses}
          progress={progress}
          certificates={account.certificates}
          onIssue={(courseId) =>
            attempt(
              () => issueCertificate(courseId),
              (cert) => update({ certificates: [cert, ...account.certificates] }),
            )
          }
          gaps={certificateGaps}
          lang={lang}
        />
      )}
      <Certificates certificates={account.certificates} lang={lang} />
      {danish && <CpdHours certificates={account.certificates} name={account.profile.display_name ?? ''} />}
      {danish && <AdvisorListing hasValidCertificate={account.certificates.some((c) => !c.revoked_at)} />}
      {progress && <History progress={progress} lessonTitles={lessonTitles} lang={lang} />}
      {danish && <Submissions />}
      <ProfileForm
        lang={lang}
        profile={account.profile}
        onSave={(name, profession) =>
          attempt(
            () => saveProfile(name, profession),
            (profile) => update({ profile }),
          )
        }
      />
      <DataControls
        lang={lang}
        onExport={() => attempt(exportData, (data) => download(data))}
        onDelete={() => attempt(deleteEverything, () => setState({ kind: 'signedOut', message: t('my.deleted') }))}
      />
    </div>
  );
}

function download(data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), {
    href: url,
    download: `faelles-vaerdier-mine-data-${new Date().toISOString().slice(0, 10)}.json`,
  });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
