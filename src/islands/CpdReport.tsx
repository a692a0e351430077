import { useEffect, useState } from 'preact/hooks';
import { CPD_RULES_URL, cpdOverview, type CpdPeriodSummary } from '../lib/account/cpd.ts';
import { rpcError } from '../lib/account/errors.ts';
import { cpdSources } from '../client/account.ts';
import { sessionHint } from '../client/session.ts';
import { formatDate, t } from '../lib/i18n/account.ts';
import { CpdTable } from './shared/CpdTable.tsx';

type State =
  | { kind: 'loading' }
  | { kind: 'signedOut' }
  | { kind: 'error'; text: string }
  | { kind: 'ready'; name: string; periods: CpdPeriodSummary[] };

/** The printable overview of continuing-education hours: for an auditor's own documentation. */
export default function CpdReport({ site }: { site: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    if (!sessionHint()) return setState({ kind: 'signedOut' });
    cpdSources().then(
      ({ name, certificates }) => setState({ kind: 'ready', name, periods: cpdOverview(certificates) }),
      (e) => setState({ kind: 'error', text: t(rpcError(e).key) }),
    );
  }, []);

  if (state.kind === 'loading') return <p role="status">{t('my.loading')}</p>;
  if (state.kind === 'error')
    return (
      <p role="alert" class="notice bad">
        {state.text}
      </p>
    );
  if (state.kind === 'signedOut')
    return (
      <p>
        {t('my.signedOut')} <a href="/log-ind/?next=/min-side/efteruddannelse/">{t('account.signIn')}</a>
      </p>
    );
  return (
    <>
      <p class="no-print">
        <button type="button" onClick={() => print()}>
          {t('cpd.printButton')}
        </button>{' '}
        <a href="/min-side/#efteruddannelse">{t('cpd.back')}</a>
      </p>
      {state.name && (
        <p>
          <strong>{t('cpd.participant', { name: state.name })}</strong>
        </p>
      )}
      <p class="meta">{t('cpd.printLead', { site, date: formatDate(new Date()), url: `${location.origin}/bevis/` })}</p>
      {state.periods.length === 0 ? <p>{t('cpd.none')}</p> : <CpdTable periods={state.periods} headingLevel={2} />}
      <p class="meta">
        {t('cpd.source')}: {CPD_RULES_URL}
      </p>
    </>
  );
}
