import type { Progress } from '../../lib/progress';
import type { Lang } from '../../lib/content/taxonomy.ts';
import { formatDateIn, tIn } from '../../lib/i18n/account.ts';
import { PASS_THRESHOLD } from '../../lib/site.ts';

interface Props {
  lang?: Lang;
  progress: Progress;
  lessonTitles: Record<string, string>;
}

/** Every knowledge-check attempt, newest first. */
export default function History({ progress, lessonTitles, lang = 'da' }: Props) {
  const t = tIn(lang);
  const formatDate = (d: string) => formatDateIn(lang, d);
  const attempts = Object.entries(progress.lessons)
    .flatMap(([lessonId, r]) => r.attempts.map((a) => ({ ...a, lessonId })))
    .sort((a, b) => (a.at < b.at ? 1 : -1));
  return (
    <section aria-labelledby="historik">
      <h2 id="historik">{t('my.history')}</h2>
      {attempts.length === 0 ? (
        <p>{t('my.noHistory')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('my.historyLesson')}</th>
              <th scope="col">{t('my.historyDate')}</th>
              <th scope="col">{t('my.historyResult')}</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <tr key={a.id}>
                <td>{lessonTitles[a.lessonId] ?? a.lessonId}</td>
                <td>{formatDate(a.at)}</td>
                <td>
                  {t(a.correct / a.total >= PASS_THRESHOLD ? 'my.historyPassed' : 'my.historyFailed', {
                    correct: a.correct,
                    total: a.total,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
