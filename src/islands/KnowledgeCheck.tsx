import { useRef, useState } from 'preact/hooks';
import type { Question } from '../lib/content/schemas.ts';
import { grade, isCorrect, isMultipleChoice } from '../lib/quiz/grade.ts';
import { bestAttempt, isPassing, type QuizAttempt } from '../lib/progress';
import { submitAttempt } from '../lib/progress/actions.ts';
import { newId } from '../lib/id.ts';
import { t } from '../lib/i18n/learning.ts';
import { useProgress } from './hooks/useProgress';

interface Props {
  lessonId: string;
  courseId: string;
  questions: Question[];
  threshold: number;
}

type Mode = 'one' | 'all';
type Answers = Record<string, string[]>;

export default function KnowledgeCheck({ lessonId, courseId, questions, threshold }: Props) {
  const progress = useProgress();
  const [mode, setMode] = useState<Mode>('one');
  const [current, setCurrent] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [warning, setWarning] = useState<string | null>(null);
  const [result, setResult] = useState<QuizAttempt | null>(null);
  const root = useRef<HTMLElement>(null);

  const best = bestAttempt(progress?.lessons[lessonId]);
  const shown = mode === 'one' ? questions.slice(current, current + 1) : questions;

  const focusQuestion = (id: string) =>
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`#q-${id} legend`)?.focus());

  function choose(q: Question, optionId: string, on: boolean) {
    setWarning(null);
    const previous = answers[q.id] ?? [];
    const next = isMultipleChoice(q) ? (on ? [...previous, optionId] : previous.filter((o) => o !== optionId)) : [optionId];
    setAnswers({ ...answers, [q.id]: next });
  }

  function check(q: Question) {
    if (!answers[q.id]?.length) return setWarning(q.id);
    const nowChecked = { ...checked, [q.id]: true };
    setChecked(nowChecked);
    if (questions.every((x) => nowChecked[x.id])) finish();
  }

  function finish() {
    const attempt: QuizAttempt = { id: newId(), at: new Date().toISOString(), ...grade(questions, answers), answers };
    submitAttempt(lessonId, courseId, attempt, threshold);
    setResult(attempt);
  }

  function retry() {
    setAnswers({});
    setChecked({});
    setResult(null);
    setCurrent(0);
    focusQuestion(questions[0]!.id);
  }

  function goTo(index: number) {
    setCurrent(index);
    focusQuestion(questions[index]!.id);
  }

  return (
    <section class="quiz" aria-labelledby="videnstjek" ref={root}>
      <h2 id="videnstjek">{t('quiz.title')}</h2>
      <p>{t('quiz.intro', { count: questions.length, percent: Math.round(threshold * 100) })}</p>
      {best && <p class="meta">{t('quiz.best', { correct: best.correct, total: best.total })}</p>}

      <fieldset class="mode">
        <legend>{t('quiz.mode')}</legend>
        {(['one', 'all'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={`mode-${lessonId}`} checked={mode === m} onChange={() => setMode(m)} />
            {t(m === 'one' ? 'quiz.modeOne' : 'quiz.modeAll')}
          </label>
        ))}
      </fieldset>

      {shown.map((q) => {
        const n = questions.indexOf(q);
        const multiple = isMultipleChoice(q);
        const done = checked[q.id];
        const right = done && isCorrect(q, answers[q.id] ?? []);
        const answerText = q.options.filter((o) => q.correct.includes(o.id)).map((o) => o.text).join('; ');
        return (
          <fieldset key={q.id} id={`q-${q.id}`} class="question" data-question={q.id}>
            <legend tabIndex={-1}>
              <span class="meta">{t('quiz.question', { n: n + 1, total: questions.length })}</span>
              <span class="q-text">{q.question}</span>
            </legend>
            <p class="meta" id={`hint-${q.id}`}>{t(multiple ? 'quiz.chooseMany' : 'quiz.chooseOne')}</p>
            <ul class="options">
              {q.options.map((o) => (
                <li key={o.id}>
                  <label>
                    <input
                      type={multiple ? 'checkbox' : 'radio'}
                      name={`${lessonId}-${q.id}`}
                      value={o.id}
                      checked={answers[q.id]?.includes(o.id) ?? false}
                      disabled={done}
                      aria-describedby={`hint-${q.id}`}
                      onChange={(e) => choose(q, o.id, e.currentTarget.checked)}
                    />
                    {o.text}
                  </label>
                </li>
              ))}
            </ul>
            <div aria-live="polite">
              {warning === q.id && <p class="notice bad">{t('quiz.pickFirst')}</p>}
              {done && (
                <div class={`notice ${right ? 'ok' : 'bad'}`}>
                  <p><strong>{t(right ? 'quiz.correct' : 'quiz.wrong')}</strong>{!right && ` ${t('quiz.rightAnswer', { answer: answerText })}`}</p>
                  <p>{q.explanation}</p>
                </div>
              )}
            </div>
            <div class="actions">
              {!done && <button type="button" onClick={() => check(q)}>{t('quiz.check')}</button>}
              {mode === 'one' && n > 0 && (
                <button type="button" class="secondary" onClick={() => goTo(n - 1)}>{t('quiz.previous')}</button>
              )}
              {mode === 'one' && done && n < questions.length - 1 && (
                <button type="button" onClick={() => goTo(n + 1)}>{t('quiz.next')}</button>
              )}
            </div>
          </fieldset>
        );
      })}

      <div aria-live="polite" class="result">
        {result && (
          <div class={`notice ${isPassing(result, threshold) ? 'ok' : 'bad'}`}>
            <p><strong>{t('quiz.result', { correct: result.correct, total: result.total })}</strong></p>
            <p>{t(isPassing(result, threshold) ? 'quiz.passed' : 'quiz.failed')}</p>
          </div>
        )}
      </div>
      {result && <button type="button" class="secondary" onClick={retry}>{t('quiz.retry')}</button>}
    </section>
  );
}
