import type { Ref } from 'preact';
import { t } from '../../lib/i18n/stories.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import type { Outcome } from './useSubmitFlow.ts';

/** What to fix before sending, each item a link to its field; it takes focus after each refused send. */
export function ProblemSummary({ items, focusKey }: { items: { id: string; label: string; text: string }[]; focusKey: number }) {
  return (
    <ErrorSummary
      title={t('form.errorTitle')}
      focusKey={focusKey}
      errors={items.map((p) => ({ fieldId: p.id, message: `${p.label.replace(/[.?]$/, '')}: ${p.text}` }))}
    />
  );
}

/** A field people do not see; bots fill it in, and the database refuses what comes with it. */
export function Honeypot({ id, value, onValue }: { id: string; value: string; onValue(value: string): void }) {
  return (
    <div class="hp" aria-hidden="true">
      <label for={id}>{t('field.honeypot')}</label>
      <input
        id={id}
        name="hjemmeside_igen"
        tabIndex={-1}
        autocomplete="off"
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </div>
  );
}

interface SendResultProps<Sent extends string> {
  outcome: Outcome<Sent>;
  resultRef: Ref<HTMLDivElement>;
  /** The notice asking to sign in first, and the page to come back to afterwards. */
  signIn: { text: string; next: string };
  /** The thanks for a kind of success, with a link to where the contribution can be followed. */
  thanks(kind: Sent): { text: string; href: string; link: string };
}

/** How sending went, announced and focused after every attempt. */
export function SendResult<Sent extends string>({ outcome, resultRef, signIn, thanks }: SendResultProps<Sent>) {
  const failed = outcome && 'error' in outcome ? outcome.error : null;
  const sent = outcome && !failed && outcome.kind !== 'signIn' ? thanks(outcome.kind as Sent) : null;
  return (
    <div tabIndex={-1} ref={resultRef} aria-live="polite">
      {outcome?.kind === 'signIn' && (
        <p class="notice">
          {signIn.text} <a href={`/log-ind/?next=${signIn.next}`}>{t('submit.signInLink')}</a>
        </p>
      )}
      {sent && (
        <p class="notice ok">
          {sent.text} <a href={sent.href}>{sent.link}</a>
        </p>
      )}
      {failed && (
        <p class="notice bad" role="alert">
          {t(failed.key, failed.vars)}
        </p>
      )}
    </div>
  );
}
