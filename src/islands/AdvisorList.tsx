import { useEffect, useState } from 'preact/hooks';
import { publicAdvisors } from '../client/advisors.ts';
import { ADVISOR_PROFESSIONS, type Advisor } from '../lib/advisors/listing.ts';
import { formatDate, t, type AdvisorKey } from '../lib/i18n/advisors.ts';

type State = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; advisors: Advisor[] };

/**
 * The public advisor list, read from the database on every visit (never built into the page), so
 * a withdrawn listing or a revoked certificate is gone at once. Filters: course and profession.
 */
export default function AdvisorList({ courses }: { courses: { id: string; title: string }[] }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [course, setCourse] = useState('');
  const [profession, setProfession] = useState('');

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    setCourse(params.get('kursus') ?? '');
    setProfession(params.get('fag') ?? '');
    publicAdvisors()
      .then((advisors) => setState({ kind: 'ready', advisors }))
      .catch(() => setState({ kind: 'error' }));
  }, []);

  function choose(name: 'kursus' | 'fag', value: string) {
    (name === 'kursus' ? setCourse : setProfession)(value);
    const url = new URL(location.href);
    value ? url.searchParams.set(name, value) : url.searchParams.delete(name);
    history.replaceState(null, '', url);
  }

  if (state.kind === 'loading') return <p role="status">{t('advisors.loading')}</p>;
  if (state.kind === 'error')
    return (
      <p role="alert" class="notice bad">
        {t('advisors.error')}
      </p>
    );
  const shown = state.advisors.filter(
    (a) => (!course || a.courses.some((c) => c.course_id === course)) && (!profession || a.profession === profession),
  );

  return (
    <div class="advisor-list">
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('advisors.filterCourse')}
          <select value={course} onChange={(e) => choose('kursus', e.currentTarget.value)}>
            <option value="">{t('advisors.all')}</option>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('advisors.filterProfession')}
          <select value={profession} onChange={(e) => choose('fag', e.currentTarget.value)}>
            <option value="">{t('advisors.all')}</option>
            {ADVISOR_PROFESSIONS.map((p) => (
              <option key={p} value={p}>
                {t(`profession.${p}` as AdvisorKey)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p role="status">
        {state.advisors.length ? t('advisors.count', { count: shown.length, total: state.advisors.length }) : t('advisors.empty')}
      </p>
      {state.advisors.length > 0 && shown.length === 0 && <p class="notice">{t('advisors.none')}</p>}
      <ul class="cards">
        {shown.map((a) => (
          <li class="card" key={a.name + a.contact}>
            <h2>{a.name}</h2>
            <p class="meta">{[t(`profession.${a.profession}` as AdvisorKey), a.firm, a.city].filter(Boolean).join(' · ')}</p>
            <p>{a.about}</p>
            <h3>{t('advisors.courses')}</h3>
            <ul>
              {a.courses.map((c) => (
                <li key={c.code}>
                  {c.course_title}, {t('advisors.passedOn', { date: formatDate(c.passed_on) })} (
                  <a href={`/bevis/?kode=${c.code}`}>{t('advisors.check', { code: c.code })}</a>)
                </li>
              ))}
            </ul>
            <p>
              <a href={a.contact} rel="external nofollow ugc noopener">
                {t('advisors.contact')}: {a.contact.replace(/^mailto:|^https:\/\//, '')}
              </a>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
