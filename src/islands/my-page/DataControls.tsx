import { useState } from 'preact/hooks';
import type { UiError } from '../../client/auth.ts';
import type { Lang } from '../../lib/content/taxonomy.ts';
import { tIn } from '../../lib/i18n/account.ts';

interface Props {
  lang?: Lang;
  onExport(): Promise<UiError | null>;
  onDelete(): Promise<UiError | null>;
}

/** Export everything as JSON, and delete everything after a confirmation step. */
export default function DataControls({ onExport, onDelete, lang = 'da' }: Props) {
  const t = tIn(lang);
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const show = (error: UiError | null, ok: string) =>
    setMessage(error ? { ok: false, text: t(error.key, error.vars) } : { ok: true, text: ok });

  return (
    <section aria-labelledby="data">
      <h2 id="data">{t('my.data')}</h2>
      <p>{t('my.dataLead')}</p>
      <p class="actions">
        <button type="button" class="secondary" onClick={async () => show(await onExport(), t('my.exported'))}>
          {t('my.export')}
        </button>
        {!confirming && (
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            {t('my.delete')}
          </button>
        )}
      </p>
      {confirming && (
        <div class="notice bad" role="group" aria-labelledby="slet-bekraeft">
          <p id="slet-bekraeft">{t('my.deleteConfirmText')}</p>
          <label>
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />{' '}
            {t('my.deleteConfirmCheck')}
          </label>
          <p class="actions">
            <button type="button" disabled={!understood} onClick={async () => show(await onDelete(), t('my.deleted'))}>
              {t('my.deleteConfirm')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setConfirming(false);
                setUnderstood(false);
              }}
            >
              {t('my.deleteCancel')}
            </button>
          </p>
        </div>
      )}
      <div aria-live="polite">{message && <p class={`notice ${message.ok ? 'ok' : 'bad'}`}>{message.text}</p>}</div>
    </section>
  );
}
