/** Every step a certificate still needs, each a link to where it is done; announced when it appears. */
import type { MissingStep } from '../../lib/account/certificate-road.ts';
import type { Lang } from '../../lib/content/taxonomy.ts';
import { tIn } from '../../lib/i18n/account.ts';

export function MissingSteps({ steps, lang = 'da' }: { steps: MissingStep[]; lang?: Lang }) {
  const t = tIn(lang);
  if (!steps.length) return null;
  return (
    <div class="notice bad missing-steps" role="alert">
      <p>
        <strong>{t('road.missingTitle')}</strong>
      </p>
      <ul>
        {steps.map((s) => (
          <li key={s.kind}>
            {s.kind === 'lessons' &&
              (s.lessons.length ? (
                <>
                  {t('road.missingLessons')}
                  <ul>
                    {s.lessons.map((l) => (
                      <li key={l.id}>
                        <a href={l.url}>{l.title}</a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <a href={s.courseUrl}>{t('road.lessons')}</a>
              ))}
            {s.kind === 'assessment' && <a href={s.url}>{t('road.missingAssessment')}</a>}
            {s.kind === 'name' && <a href={s.url}>{t('road.missingName')}</a>}
          </li>
        ))}
      </ul>
    </div>
  );
}
