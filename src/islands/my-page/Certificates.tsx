import type { Certificate } from '../../lib/supabase/types.ts';
import type { Lang } from '../../lib/content/taxonomy.ts';
import { formatDateIn, tIn } from '../../lib/i18n/account.ts';
import { certificateUrl } from './Courses.tsx';

export default function Certificates({ certificates, lang = 'da' }: { certificates: Certificate[]; lang?: Lang }) {
  const t = tIn(lang);
  const formatDate = (d: string) => formatDateIn(lang, d);
  return (
    <section aria-labelledby="beviser">
      <h2 id="beviser">{t('my.certificates')}</h2>
      {certificates.length === 0 ? (
        <p>{t('my.noCertificates')}</p>
      ) : (
        <ul class="my-list">
          {certificates.map((c) => (
            <li key={c.id}>
              {t('my.certificateLine', { course: c.course_title, date: formatDate(c.completed_on), hours: Number(c.hours), code: c.code })}{' '}
              <a href={certificateUrl(c.code, lang)}>{t('my.viewCertificate')}</a>
              {c.revoked_at && (
                <p class="notice bad">{t('my.revoked', { date: formatDate(c.revoked_at), reason: c.revoked_reason ?? '' })}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
