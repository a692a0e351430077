import { t } from '../lib/i18n/learning.ts';
import { useProgress } from './hooks/useProgress';

/** "Continue where you left off": the last lesson this browser opened. */
export default function ContinueLearning() {
  const progress = useProgress();
  const last = progress?.lastVisited;
  if (!last) return null;
  return (
    <section class="continue notice" aria-labelledby="fortsaet">
      <h2 id="fortsaet">{t('home.continue')}</h2>
      <p><a class="button" href={last.url}>{t('home.continueLink', { title: last.title })}</a></p>
    </section>
  );
}
