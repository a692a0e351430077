import { CPD_RULES_URL, cpdCsv, cpdOverview } from '../../lib/account/cpd.ts';
import type { Certificate } from '../../lib/supabase/types.ts';
import { t } from '../../lib/i18n/account.ts';
import { CpdTable } from '../shared/CpdTable.tsx';

/** Min side: hours per CPD period, as a CSV and as a printable page an auditor can attach. */
export default function CpdHours({ certificates, name }: { certificates: Certificate[]; name: string }) {
  const periods = cpdOverview(certificates);
  function downloadCsv() {
    const csv = cpdCsv(periods, { participant: name, verifyUrl: `${location.origin}/bevis/` });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: `efteruddannelse-${new Date().toISOString().slice(0, 10)}.csv`,
    });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  }
  return (
    <section aria-labelledby="efteruddannelse">
      <h2 id="efteruddannelse">{t('cpd.title')}</h2>
      <p>{t('cpd.lead')}</p>
      <p class="meta">
        <a href={CPD_RULES_URL}>{t('cpd.source')}</a>
      </p>
      {periods.length === 0 ? (
        <p>{t('cpd.none')}</p>
      ) : (
        <>
          <CpdTable periods={periods} />
          <p class="actions">
            <button type="button" class="secondary" onClick={downloadCsv}>
              {t('cpd.csv')}
            </button>{' '}
            <a class="button secondary" href="/min-side/efteruddannelse/">
              {t('cpd.print')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
