import { Component, createRef } from 'preact';
import type { Question } from '../lib/content/schemas.ts';
import { grade, isCorrect, isMultipleChoice, neededToPass } from '../lib/quiz/grade.ts';
import { bestAttempt, isPassing, type QuizAttempt } from '../lib/progress/model.ts';
import { progressStore } from '../client/progress/store.ts';
import { submitAttempt } from '../client/progress/submit-attempt.ts';
import { newId } from '../lib/id.ts';
import type { Lang } from '../lib/content/taxonomy.ts';
import { tWith, type LearningWords } from '../lib/i18n/learning.ts';

export interface KnowledgeCheckProps {
  lessonId: string;
  courseId: string;
  questions: Question[];
  threshold: number;
  /** Where to go after passing: the next lesson, or the course page after the last one. */
  next: { title: string; url: string } | null;
  courseUrl: string;
  /** The page's language: the check's own words follow it (the questions are the lesson's). */
  lang?: Lang;
  /** The check's words in that language, when it is not Danish (sent with the props, see KnowledgeCheckStatic.astro). */
  words?: LearningWords;
}

type Mode = 'one' | 'all';
type Answers = Record<string, string[]>;

interface State {
  mode: Mode;
  current: number;
  answers: Answers;
  checked: Record<string, boolean>;
  warning: { id: string; text: string } | null;
  result: QuizAttempt | null;
  best?: QuizAttempt;
}

/**
 * The practice check ("videnstjek"): loaded when it comes into view, see scripts/lesson-page.ts.
 * A class component, so its lazy bundle needs no hooks module (1.2 KB gzip on every lesson).
 */
export default class KnowledgeCheck extends Component<KnowledgeCheckProps, State> {
  state: State = { mode: 'one', current: 0, answers: {}, checked: {}, warning: null, result: null };
  root = createRef<HTMLElement>();
  t = tWith(this.props.words);
  unsubscribe = () => {};

  componentDidMount() {
    const store = progressStore();
    const read = () => this.setState({ best: bestAttempt(store.get().lessons[this.props.lessonId]) });
    read();
    this.unsubscribe = store.subscribe(read);
  }

  componentWillUnmount() {
    this.unsubscribe();
  }

  /** Moves focus after a change the learner caused, so a keyboard or screen-reader user follows it. */
  focus(selector: string) {
    requestAnimationFrame(() => this.root.current?.querySelector<HTMLElement>(selector)?.focus());
  }

  choose(q: Question, optionId: string, on: boolean) {
    const previous = this.state.answers[q.id] ?? [];
    const chosen = isMultipleChoice(q) ? (on ? [...previous, optionId] : previous.filter((o) => o !== optionId)) : [optionId];
    this.setState({ warning: null, answers: { ...this.state.answers, [q.id]: chosen } });
  }

  check(q: Question) {
    const { answers, checked } = this.state;
    if (!answers[q.id]?.length) {
      this.setState({ warning: { id: q.id, text: this.t('quiz.pickFirst') } });
      return this.focus(`#q-${q.id} .warning`);
    }
    const nowChecked = { ...checked, [q.id]: true };
    this.setState({ checked: nowChecked });
    if (this.props.questions.every((x) => nowChecked[x.id])) this.finish();
    else this.focus(`#q-${q.id} .feedback`);
  }

  checkAll() {
    const { questions } = this.props;
    const missing = questions.map((q, i) => (this.state.answers[q.id]?.length ? 0 : i + 1)).filter(Boolean);
    if (missing.length) {
      this.setState({ warning: { id: 'all', text: this.t('quiz.unanswered', { list: missing.join(', ') }) } });
      return this.focus('.quiz-submit .warning');
    }
    this.setState({ checked: Object.fromEntries(questions.map((q) => [q.id, true])) });
    this.finish();
  }

  finish() {
    const { lessonId, courseId, questions, threshold } = this.props;
    const { answers } = this.state;
    const attempt: QuizAttempt = { id: newId(), at: new Date().toISOString(), ...grade(questions, answers), answers };
    submitAttempt(lessonId, courseId, attempt, threshold);
    this.setState({ result: attempt });
    this.focus('.result .notice');
  }

  retry() {
    this.setState({ answers: {}, checked: {}, result: null, warning: null, current: 0 });
    this.focus(`#q-${this.props.questions[0]!.id} legend`);
  }

  goTo(index: number) {
    this.setState({ current: index });
    this.focus(`#q-${this.props.questions[index]!.id} legend`);
  }

  render(
    { lessonId, questions, threshold, next, courseUrl }: KnowledgeCheckProps,
    { mode, current, answers, checked, warning, result, best }: State,
  ) {
    const t = this.t;
    const root = this.root;
    const shown = mode === 'one' ? questions.slice(current, current + 1) : questions;
    const needed = neededToPass(questions.length, threshold);
    const passed = result && isPassing(result, threshold);
    const setMode = (m: Mode) => this.setState({ mode: m });
    const choose = this.choose.bind(this);
    const check = this.check.bind(this);
    const checkAll = this.checkAll.bind(this);
    const retry = this.retry.bind(this);
    const goTo = this.goTo.bind(this);

    return (
      <section class="quiz" aria-labelledby="videnstjek" ref={root}>
        <h2 id="videnstjek">{t('quiz.title')}</h2>
        <p>
          {needed === questions.length
            ? t('quiz.introAll', { count: questions.length })
            : t('quiz.introSome', { count: questions.length, needed })}
        </p>
        <p class="meta">{t('quiz.practice')}</p>
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
          const chosen = answers[q.id] ?? [];
          const right = done && isCorrect(q, chosen);
          const answerText = q.options
            .filter((o) => q.correct.includes(o.id))
            .map((o) => o.text)
            .join('; ');
          return (
            <fieldset key={q.id} id={`q-${q.id}`} class="question" data-question={q.id}>
              <legend tabIndex={-1}>
                <span class="meta">{t('quiz.question', { n: n + 1, total: questions.length })}</span>
                <span class="q-text">{q.question}</span>
              </legend>
              <p class="meta" id={`hint-${q.id}`}>
                {t(multiple ? 'quiz.chooseMany' : 'quiz.chooseOne')}
              </p>
              <ul class="options">
                {q.options.map((o) => {
                  const picked = chosen.includes(o.id);
                  const correct = q.correct.includes(o.id);
                  const mark = done ? (picked && !correct ? 'wrong' : correct ? 'right' : undefined) : undefined;
                  return (
                    <li key={o.id} data-mark={mark}>
                      <label>
                        <input
                          type={multiple ? 'checkbox' : 'radio'}
                          name={`${lessonId}-${q.id}`}
                          value={o.id}
                          checked={picked}
                          disabled={done}
                          aria-describedby={`hint-${q.id}`}
                          onChange={(e) => choose(q, o.id, e.currentTarget.checked)}
                        />
                        <span>
                          {o.text}
                          {mark === 'wrong' && <strong class="mark"> {t('quiz.yourAnswer')}</strong>}
                          {mark === 'right' && <strong class="mark"> {t('quiz.rightMark')}</strong>}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
              <div aria-live="polite">
                {warning?.id === q.id && (
                  <p class="notice bad warning" tabIndex={-1}>
                    {warning.text}
                  </p>
                )}
                {done && (
                  <div class={`notice feedback ${right ? 'ok' : 'bad'}`} tabIndex={-1}>
                    <p>
                      <strong>{t(right ? 'quiz.correct' : 'quiz.wrong')}</strong>
                      {!right && ` ${t('quiz.rightAnswer', { answer: answerText })}`}
                    </p>
                    <p>{q.explanation}</p>
                  </div>
                )}
              </div>
              {mode === 'one' && (
                <div class="actions">
                  {!done && (
                    <button type="button" onClick={() => check(q)}>
                      {t('quiz.check')}
                    </button>
                  )}
                  {n > 0 && (
                    <button type="button" class="secondary" onClick={() => goTo(n - 1)}>
                      {t('quiz.previous')}
                    </button>
                  )}
                  {done && n < questions.length - 1 && (
                    <button type="button" onClick={() => goTo(n + 1)}>
                      {t('quiz.next')}
                    </button>
                  )}
                </div>
              )}
            </fieldset>
          );
        })}

        {mode === 'all' && !result && (
          <div class="quiz-submit" aria-live="polite">
            {warning?.id === 'all' && (
              <p class="notice bad warning" tabIndex={-1}>
                {warning.text}
              </p>
            )}
            <button type="button" onClick={checkAll}>
              {t('quiz.checkAll')}
            </button>
          </div>
        )}

        <div aria-live="polite" class="result">
          {result && (
            <div class={`notice ${passed ? 'ok' : 'bad'}`} tabIndex={-1}>
              <p>
                <strong>{t('quiz.result', { correct: result.correct, total: result.total })}</strong>
              </p>
              <p>{t(passed ? 'quiz.passed' : 'quiz.failed')}</p>
            </div>
          )}
        </div>
        {result && (
          <div class="actions">
            {passed && (
              <a class="button" href={next ? next.url : courseUrl}>
                {next ? t('quiz.nextLesson', { title: next.title }) : t('quiz.backToCourse')}
              </a>
            )}
            <button type="button" class="secondary" onClick={retry}>
              {t('quiz.retry')}
            </button>
          </div>
        )}
      </section>
    );
  }
}
