import { useEffect, useRef, useState } from 'preact/hooks';
import { overview, start, submit, unanswered, type AssessmentError } from '../client/assessment.ts';
import { sessionHint } from '../client/session.ts';
import { certificateGaps, issueCertificate } from '../client/account.ts';
import { ROAD_REFUSALS, type LessonRef, type MissingStep } from '../lib/account/certificate-road.ts';
import { RpcError } from '../lib/supabase/rpc.ts';
import { isDone } from '../lib/progress';
import { progressStore } from '../client/progress/store.ts';
import { rpcError } from '../lib/account/errors.ts';
import type { AssessmentAttempt, AssessmentFeedback, AssessmentFeedbackItem, AssessmentOverview } from '../lib/supabase/types.ts';
import type { Lang } from '../lib/content/taxonomy.ts';
import { certificatePagePath, signInPath } from '../lib/content/paths.ts';
import {
  formatDateIn,
  formatMomentIn,
  formatTimeIn,
  learnEnglish,
  tIn,
  type AssessmentKey,
  type AssessmentWords,
} from '../lib/i18n/assessment.ts';
import { CertificateRoad, NameForm } from './assessment/CertificateRoad.tsx';
import { UnansweredWarning } from './assessment/UnansweredWarning.tsx';
import { MissingSteps } from './shared/MissingSteps.tsx';

interface Props {
  courseId: string;
  /** The course page (ends in /). */
  courseUrl: string;
  /** The course's lessons: for the steps a certificate still needs, and so feedback links each item to its lesson. */
  lessons: LessonRef[];
  /** The course's assessment page (where a missing step links). */
  assessmentUrl?: string;
  /** The page's language: every word of the island follows it (the questions are the bank's). */
  lang?: Lang;
  /** The English words, on an English page (lib/i18n/island-words.ts). */
  words?: AssessmentWords;
}

type Answers = Record<string, string[]>;
type State =
  | { kind: 'loading' }
  | { kind: 'signedOut' }
  | { kind: 'intro'; info: AssessmentOverview }
  | { kind: 'running'; attempt: AssessmentAttempt }
  | { kind: 'result'; feedback: AssessmentFeedback };

/** The course assessment: intro with the rules → questions (no keys) → submit → feedback → certificate. */
export default function Assessment({ courseId, courseUrl, lessons, assessmentUrl, lang = 'da', words }: Props) {
  learnEnglish(words);
  const t = tIn(lang);
  const formatDate = (d: string) => formatDateIn(lang, d);
  const formatMoment = (d: string) => formatMomentIn(lang, d);
  const formatTime = (d: string) => formatTimeIn(lang, d);
  const message = (e: AssessmentError) => t(e.key, e.when ? { when: formatMoment(e.when) } : {});
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [answers, setAnswers] = useState<Answers>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [unansweredIds, setUnansweredIds] = useState<string[]>([]);
  const [warnings, setWarnings] = useState(0);
  const [certificate, setCertificate] = useState<Issued | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = () => {
    if (!sessionHint()) return setState({ kind: 'signedOut' });
    overview(courseId).then(
      (info) => setState({ kind: 'intro', info }),
      (e: AssessmentError) => (e.key === 'assessment.error.signedOut' ? setState({ kind: 'signedOut' }) : setError(message(e))),
    );
  };
  useEffect(load, []);
  useEffect(() => {
    if (state.kind === 'running' || state.kind === 'result') heading.current?.focus();
  }, [state.kind]);

  async function begin() {
    setBusy(true);
    setError(null);
    try {
      const attempt = await start(courseId);
      setAnswers({});
      setUnansweredIds([]);
      setState({ kind: 'running', attempt });
    } catch (e) {
      setError(message(e as AssessmentError));
    }
    setBusy(false);
  }

  async function handIn(attempt: AssessmentAttempt, anyway = false) {
    const missing = unanswered(
      attempt.questions.map((q) => q.id),
      answers,
    );
    if (missing.length && !anyway) {
      setUnansweredIds(missing);
      return setWarnings((n) => n + 1);
    }
    setBusy(true);
    setError(null);
    try {
      setState({ kind: 'result', feedback: await submit(attempt.attempt_id, answers) });
    } catch (e) {
      setError(message(e as AssessmentError));
    }
    setBusy(false);
  }

  async function getCertificate() {
    setBusy(true);
    try {
      setCertificate({ code: (await issueCertificate(courseId)).code });
    } catch (e) {
      if (e instanceof RpcError && (ROAD_REFUSALS as readonly string[]).includes(e.message)) {
        // Name every missing step at once, not only the first one the database met.
        const progress = progressStore().get();
        const missing = await certificateGaps(courseId, {
          courseUrl,
          assessmentUrl,
          lessons,
          isDone: (id) => isDone(progress, id),
          nameUrl: '#certificate-name',
        }).catch(() => null);
        if (missing?.length) {
          setCertificate({ missing });
          return setBusy(false);
        }
      }
      const ui = rpcError(e);
      setCertificate({ error: t(ui.key as AssessmentKey, ui.vars) });
    }
    setBusy(false);
  }

  const alert = error && (
    <p role="alert" class="notice bad">
      {error}
    </p>
  );

  if (state.kind === 'loading') return error ? alert : <p role="status">{t('my.loading')}</p>;
  if (state.kind === 'signedOut')
    return (
      <div class="notice">
        <p>{t('assessment.signedOut')}</p>
        <p>
          <a class="button" href={`${signInPath(lang)}?next=${encodeURIComponent(location.pathname)}`}>
            {t('assessment.signIn')}
          </a>
        </p>
      </div>
    );

  if (state.kind === 'intro') {
    const { info } = state;
    return (
      <div>
        <h2>{t('assessment.rules')}</h2>
        <ul>
          <li>{t('assessment.ruleItems', { count: info.item_count })}</li>
          <li>{t('assessment.rulePass', { percent: info.pass_percent })}</li>
          <li>{t('assessment.ruleTime', { minutes: info.time_limit_minutes })}</li>
          <li>{t('assessment.ruleAttempts', { perDay: info.attempts_per_day, left: info.attempts_left })}</li>
          <li>{t('assessment.ruleOnce')}</li>
        </ul>
        <CertificateRoad
          info={info}
          courseUrl={courseUrl}
          lessonCount={lessons.length}
          onNameSaved={() => setCertificate(null)}
          lang={lang}
        />
        {alert}
        {info.passed ? (
          <CertificateStep
            passedText={t('assessment.alreadyPassed', { date: formatDate(info.passed.passed_at), score: info.passed.score_percent })}
            certificate={certificate}
            busy={busy}
            onIssue={getCertificate}
            onNameSaved={() => setCertificate(null)}
            lang={lang}
          />
        ) : info.open_attempt ? (
          <p>
            <button type="button" onClick={begin} disabled={busy}>
              {t(busy ? 'assessment.starting' : 'assessment.resume')}
            </button>
          </p>
        ) : info.attempts_left === 0 ? (
          <p class="notice bad">{t('assessment.noneLeft', { perDay: info.attempts_per_day, when: formatMoment(info.next_attempt_at!) })}</p>
        ) : (
          <p>
            <button type="button" onClick={begin} disabled={busy}>
              {t(busy ? 'assessment.starting' : 'assessment.start')}
            </button>
          </p>
        )}
      </div>
    );
  }

  if (state.kind === 'running') {
    const { attempt } = state;
    const total = attempt.questions.length;
    const choose = (id: string, option: string, multiple: boolean, on: boolean) => {
      setError(null);
      const previous = answers[id] ?? [];
      setAnswers({ ...answers, [id]: multiple ? (on ? [...previous, option] : previous.filter((o) => o !== option)) : [option] });
    };
    return (
      <form
        class="assessment"
        onSubmit={(e) => {
          e.preventDefault();
          void handIn(attempt);
        }}
      >
        <h2 tabIndex={-1} ref={heading}>
          {t('assessment.questions')}
        </h2>
        <p class="notice">{t('assessment.expiresAt', { time: formatTime(attempt.expires_at) })}</p>
        {attempt.questions.map((q, n) => (
          <fieldset key={q.id} id={`item-${q.id}`}>
            <legend>
              <span class="meta">{t('assessment.question', { n: n + 1, total })}</span>
              <span class="assessment-question">{q.question}</span>
              <span class="meta">{t(q.multiple ? 'assessment.chooseAll' : 'assessment.chooseOne')}</span>
            </legend>
            {q.options.map((o) => (
              <label key={o.id} class="option">
                <input
                  type={q.multiple ? 'checkbox' : 'radio'}
                  name={`item-${q.id}`}
                  value={o.id}
                  checked={(answers[q.id] ?? []).includes(o.id)}
                  onChange={(e) => choose(q.id, o.id, q.multiple, e.currentTarget.checked)}
                />{' '}
                {o.text}
              </label>
            ))}
          </fieldset>
        ))}
        {alert}
        <UnansweredWarning
          lang={lang}
          focusKey={warnings}
          busy={busy}
          onHandInAnyway={() => void handIn(attempt, true)}
          questions={attempt.questions
            .map((q, n) => ({ n: n + 1, id: q.id }))
            .filter((q) => unansweredIds.includes(q.id) && !answers[q.id]?.length)}
        />
        <p>
          <button type="submit" disabled={busy}>
            {t(busy ? 'assessment.submitting' : 'assessment.submit')}
          </button>
        </p>
      </form>
    );
  }

  const { feedback } = state;
  const vars = { correct: feedback.correct, total: feedback.total, score: feedback.score_percent, pass: feedback.pass_percent };
  const label = (item: AssessmentFeedbackItem, ids: string[]) =>
    ids.map((id) => item.options.find((o) => o.id === id)?.text ?? id).join('; ');
  const lessonLink = (item: AssessmentFeedbackItem) => {
    const lesson = lessons.find((l) => l.id === item.lesson.id);
    return lesson ? <a href={lesson.url}>{lesson.title}</a> : item.lesson.title;
  };
  return (
    <div>
      <h2 tabIndex={-1} ref={heading}>
        {t('assessment.result')}
      </h2>
      <p class={`notice ${feedback.passed ? 'ok' : 'bad'}`} role="status">
        {t(feedback.passed ? 'assessment.passed' : 'assessment.failed', vars)}
      </p>
      {feedback.passed ? (
        <CertificateStep
          certificate={certificate}
          busy={busy}
          onIssue={getCertificate}
          onNameSaved={() => setCertificate(null)}
          askName
          lang={lang}
        />
      ) : (
        <p>
          <button
            type="button"
            onClick={() => {
              setState({ kind: 'loading' });
              load();
            }}
          >
            {t('assessment.tryAgain')}
          </button>
        </p>
      )}
      <h3>{t('assessment.feedback')}</h3>
      {!feedback.passed && <p>{t('assessment.failedHint')}</p>}
      <ol class="assessment-feedback">
        {feedback.items.map((item) => (
          <li key={item.id}>
            <p>
              <strong>{t(item.right ? 'assessment.right' : 'assessment.wrong')}:</strong> {item.question}
            </p>
            <p>{item.chosen.length ? t('assessment.yourAnswer', { answer: label(item, item.chosen) }) : t('assessment.noAnswer')}</p>
            {!item.right && item.correct && <p>{t('assessment.correctAnswer', { answer: label(item, item.correct) })}</p>}
            {item.explanation && <p>{item.explanation}</p>}
            {(!item.right || feedback.passed) && (
              <p>
                {t(item.right ? 'assessment.fromLesson' : 'assessment.readAgain')} {lessonLink(item)}
              </p>
            )}
            {item.sources && item.sources.length > 0 && (
              <p class="meta">
                {t('assessment.sources')}:{' '}
                {item.sources.map((s, i) => (
                  <span key={i}>
                    {i > 0 && '; '}
                    {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                    {/* Law citations are Danish (»LBK nr. …, § 3«): marked so on an English page (WCAG 3.1.2). */}
                    {s.law && (
                      <>
                        {' ('}
                        <span lang={lang === 'da' ? undefined : 'da'}>{s.law}</span>)
                      </>
                    )}
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

type Issued = { code?: string; error?: string; missing?: MissingStep[] };

interface CertificateStepProps {
  passedText?: string;
  certificate: Issued | null;
  busy: boolean;
  onIssue(): void;
  onNameSaved(): void;
  /** Ask for a missing name here (the result view); the intro asks in its own list of steps. */
  askName?: boolean;
  lang: Lang;
}

/** After a pass: issue the certificate here (it also needs every lesson done), then link to it. */
function CertificateStep({ passedText, certificate, busy, onIssue, onNameSaved, askName, lang }: CertificateStepProps) {
  const t = tIn(lang);
  return (
    <div>
      {passedText && <p class="notice ok">{passedText}</p>}
      {certificate?.code ? (
        <p>
          <a class="button" href={`${certificatePagePath(lang)}?kode=${encodeURIComponent(certificate.code)}`}>
            {t('my.viewCertificate')}
          </a>
        </p>
      ) : (
        <p>
          <button type="button" onClick={onIssue} disabled={busy}>
            {t(busy ? 'my.issuing' : 'my.issue')}
          </button>
        </p>
      )}
      {certificate?.error && (
        <p role="alert" class="notice bad">
          {certificate.error}
        </p>
      )}
      {certificate?.missing && <MissingSteps steps={certificate.missing} lang={lang} />}
      {askName && certificate?.missing?.some((m) => m.kind === 'name') && <NameForm onSaved={onNameSaved} lang={lang} />}
    </div>
  );
}
