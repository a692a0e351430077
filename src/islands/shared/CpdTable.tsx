/**
 * The continuing-education hours of one learner, one table per three-year period, with totals per
 * subject area. Shown on Min side and on the printable overview; not an island itself.
 */
import type { CpdPeriodSummary } from '../../lib/account/cpd.ts';
import { formatDate, t } from '../../lib/i18n/account.ts';

const hours = (n: number) => n.toLocaleString('da-DK', { maximumFractionDigits: 2 });

export function CpdTable({ periods, headingLevel = 3 }: { periods: CpdPeriodSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <>
      {periods.map((p) => (
        <div class="cpd-period" key={p.from}>
          <Heading id={`periode-${p.from}`}>{t('cpd.period', { from: String(p.from), to: String(p.to) })}</Heading>
          <div class="table-scroll" role="region" tabIndex={0} aria-labelledby={`periode-${p.from}`}>
            <table class="cpd-table">
              <thead>
                <tr>
                  <th scope="col">{t('cpd.course')}</th>
                  <th scope="col">{t('cpd.area')}</th>
                  <th scope="col">{t('cpd.date')}</th>
                  <th scope="col" class="num">
                    {t('cpd.hours')}
                  </th>
                  <th scope="col">{t('cpd.code')}</th>
                </tr>
              </thead>
              <tbody>
                {p.rows.map((r) => (
                  <tr key={r.code}>
                    <td>{r.course}</td>
                    <td>{r.area}</td>
                    <td>{formatDate(r.completedOn)}</td>
                    <td class="num">{hours(r.hours)}</td>
                    <td>{r.code}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                {p.byArea.map((a) => (
                  <tr key={a.area}>
                    <th scope="row" colSpan={3}>
                      {a.area}
                    </th>
                    <td class="num">{hours(a.hours)}</td>
                    <td />
                  </tr>
                ))}
                <tr>
                  <th scope="row" colSpan={3}>
                    {t('cpd.total')}
                  </th>
                  <td class="num">{hours(p.total)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        </div>
      ))}
    </>
  );
}
