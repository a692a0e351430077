import { useRef, useState } from 'preact/hooks';
import { sessionHint } from '../../client/session.ts';
import type { Problem } from '../../lib/fields/rules.ts';
import type { StoryError } from '../../client/contributions.ts';
import { t, type StoriesKey } from '../../lib/i18n/stories.ts';
import { typedBeforeHydration } from '../hooks/typedBeforeHydration.ts';
import { useHydrated } from '../hooks/useHydrated.ts';

/** How the last send ended: one of the form's own success kinds, "sign in first", or a Danish error. */
export type Outcome<Sent extends string> = { kind: Sent } | { kind: 'error'; error: StoryError } | { kind: 'signIn' } | null;

/** What a field needs from the flow: its id, name, label, error, length limit and value, and how to change it. */
export interface Bound<V> {
  id: string;
  name: string;
  label: string;
  error?: string;
  max?: number;
  value: V;
  onValue(value: V): void;
}

export interface FlowSpec<D, F extends keyof D & string, Sent extends string> {
  /** Starts every field id: 'f' gives `f-title`. */
  idPrefix: string;
  /** The fields in the form's own order, for the problem summary. */
  order: readonly F[];
  label: Record<F, StoriesKey>;
  limits: Partial<Record<string, readonly [number, number]>>;
  empty(): D;
  validate(draft: D): Partial<Record<F, Problem>>;
  /** Keeps the draft in this browser (localStorage) until the database has accepted it. */
  keep(draft: D): void;
  clear(): void;
  /** Sends through src/lib; resolves to the kind of success to show, throws a StoryError. */
  send(draft: D, honeypot: string): Promise<Sent>;
  /** Empty the form after a successful send (the business form keeps the entry on screen). */
  startOver?: boolean;
}

/**
 * The submit flow the contribution forms share: every change kept in the browser, validation with
 * a focused problem summary, sign-in first when there is no session, then sending, with the
 * outcome focused and announced. A failed or offline request leaves the draft where it was.
 */
export function useSubmitFlow<D, F extends keyof D & string, Sent extends string>(spec: FlowSpec<D, F, Sent>) {
  const [draft, setDraft] = useState<D>(spec.empty);
  const [honeypot, setHoneypot] = useState('');
  const [problems, setProblems] = useState<Partial<Record<F, Problem>>>({});
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<Sent>>(null);
  const [attempts, setAttempts] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useHydrated();
  const resultRef = useRef<HTMLDivElement>(null);

  const problemText = (f: F, problem: Problem) => {
    const [min, max] = spec.limits[f] ?? [0, 0];
    return t(`problem.${problem}` as StoriesKey, { min, max });
  };
  const error = (f: F) => (showProblems && problems[f] ? problemText(f, problems[f]) : undefined);

  function update<K extends F>(field: K, value: D[K]) {
    const next = { ...draft, [field]: value };
    setDraft(next);
    spec.keep(next);
    if (showProblems) setProblems(spec.validate(next));
  }

  async function submit(e: Event) {
    e.preventDefault();
    setOutcome(null);
    const found = spec.validate(draft);
    setProblems(found);
    setShowProblems(true);
    if (Object.keys(found).length) return setAttempts((n) => n + 1);
    if (!sessionHint()) {
      spec.keep(draft);
      setOutcome({ kind: 'signIn' });
      return requestAnimationFrame(() => resultRef.current?.focus());
    }
    setBusy(true);
    try {
      const kind = await spec.send(draft, honeypot);
      spec.clear();
      setOutcome({ kind });
      if (spec.startOver) setDraft(spec.empty());
      setShowProblems(false);
    } catch (error) {
      setOutcome({ kind: 'error', error: error as StoryError });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  }

  /**
   * Starts the form from `base` (a kept draft, or an entry being edited) with whatever was typed
   * into the server-rendered form before the island ran laid on top, and keeps the result.
   */
  function startFrom(base: D) {
    const typed = typedBeforeHydration(formRef.current, spec.empty() as D & object);
    const next = { ...base, ...typed };
    setDraft(next);
    if (Object.keys(typed).length) spec.keep(next);
  }

  return {
    draft,
    setDraft,
    startFrom,
    update,
    submit,
    busy,
    outcome,
    honeypot,
    setHoneypot,
    resultRef,
    showProblems,
    attempts,
    formRef,
    /** False until the island runs: the send button waits for it, so nothing is sent as a page reload. */
    hydrated,
    /** The problem summary's items, in the form's order. */
    problemItems: spec.order
      .filter((f) => problems[f])
      .map((f) => ({ id: `${spec.idPrefix}-${f}`, label: t(spec.label[f]), text: problemText(f, problems[f]!) })),
    error,
    /** Everything a field component needs, e.g. `<TextField {...flow.field('title')} />`. */
    field: <K extends F>(f: K): Bound<D[K]> => ({
      id: `${spec.idPrefix}-${f}`,
      name: f,
      label: t(spec.label[f]),
      error: error(f),
      max: spec.limits[f]?.[1],
      value: draft[f],
      onValue: (value) => update(f, value),
    }),
  };
}
