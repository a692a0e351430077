import { useEffect, useState } from 'preact/hooks';
import { myCertificate, normaliseCode } from '../client/certificates.ts';
import { rpcError } from '../lib/account/errors.ts';
import type { Certificate } from '../lib/supabase/types.ts';
import type { Lang } from '../lib/content/taxonomy.ts';
import { myPagePath, verifyPath } from '../lib/content/paths.ts';
import { formatDateIn, learnEnglish, tIn, type AccountKey, type AccountWords } from '../lib/i18n/account.ts';
import { CourseLanguage } from './shared/CourseLanguage.tsx';

interface Props {
  provider: string;
  siteUrl: string;
  /** The page's language; the certificate also says in which language the course was taken. */
  lang?: Lang;
  /** The English words, on an English page (lib/i18n/island-words.ts). */
  words?: AccountWords;
}

/** The printable certificate (A4) for one of the learner's own certificates, by its code in `?kode=`. */
export default function CertificateView({ provider, siteUrl, lang = 'da', words }: Props) {
  learnEnglish(words);
  const t = tIn(lang);
  const formatDate = (d: string) => formatDateIn(lang, d);
  const [cert, setCert] = useState<Certificate | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const code = normaliseCode(new URLSearchParams(location.search).get('kode') ?? '');
    if (!code) return setCert(null);
    myCertificate(code)
      .then(setCert)
      .catch((e) => setError(t(rpcError(e).key)));
  }, []);

  if (error)
    return (
      <p role="alert" class="notice bad">
        {error}
      </p>
    );
  if (cert === undefined) return <p role="status">{t('my.loading')}</p>;
  if (cert === null)
    return (
      <p role="alert" class="notice bad">
        {t('certificate.notFound')} <a href={myPagePath(lang)}>{t('my.title')}</a>
      </p>
    );

  // The address this site is served from, so a locally running site names itself, not production.
  const origin = typeof location === 'undefined' ? siteUrl : location.origin;
  const verifyUrl = `${origin}${verifyPath(lang)}?kode=${cert.code}`;
  const dates =
    cert.started_on === cert.completed_on
      ? formatDate(cert.completed_on)
      : `${formatDate(cert.started_on)} – ${formatDate(cert.completed_on)}`;
  return (
    <>
      <p class="no-print">
        <button type="button" onClick={() => print()}>
          {t('certificate.print')}
        </button>
      </p>
      {cert.revoked_at && (
        <p role="alert" class="notice bad">
          {t('certificate.revoked', { date: formatDate(cert.revoked_at) })}
        </p>
      )}
      <article class="certificate" aria-labelledby="bevis-titel">
        <p class="certificate-provider">{provider}</p>
        <h2 id="bevis-titel">{t('certificate.heading')}</h2>
        <p>{t('certificate.intro')}</p>
        <p class="certificate-name">{cert.participant_name}</p>
        <p>{t('certificate.completed')}</p>
        <p class="certificate-course" lang={cert.course_lang && cert.course_lang !== lang ? cert.course_lang : undefined}>
          {cert.course_title}
        </p>
        <CourseLanguage class="certificate-language" course={cert.course_lang} page={lang} />
        <dl>
          {cert.subject_area && (
            <>
              <dt>{t('certificate.subjectArea')}</dt>
              <dd>{cert.subject_area}</dd>
            </>
          )}
          <dt>{t('certificate.hours')}</dt>
          <dd>{t('certificate.hoursValue', { hours: Number(cert.hours) })}</dd>
          <dt>{t('certificate.dates')}</dt>
          <dd>{dates}</dd>
          <dt>{t('certificate.passed')}</dt>
          <dd>{t('certificate.passedValue', { date: formatDate(cert.passed_at), score: cert.score_percent })}</dd>
          <dt>{t('certificate.level')}</dt>
          <dd>{t(`level.${cert.level}` as AccountKey)}</dd>
          <dt>{t('certificate.provider')}</dt>
          <dd>{provider}</dd>
          <dt>{t('certificate.code')}</dt>
          <dd class="certificate-code">{cert.code}</dd>
        </dl>
        <p class="meta">{t('certificate.verifyAt', { url: verifyUrl })}</p>
        <p class="meta">{t('certificate.note')}</p>
      </article>
    </>
  );
}
