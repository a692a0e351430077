import { formatWhen } from '../../lib/events/format.ts';
import type { BusinessSubmission, EventSubmission, ReportSubmission } from '../../lib/supabase/types.ts';
import { t } from '../../lib/i18n/stories.ts';
import type { PreviewLabels } from './Preview.tsx';

/** A business entry as the editor judges it: every field, as plain text. */
export function BusinessDetails({ item, labels }: { item: BusinessSubmission; labels: PreviewLabels }) {
  return (
    <article class="card" aria-labelledby="preview-title">
      <h3 id="preview-title" class="preview-heading">
        {item.name}
      </h3>
      {item.business_id && <p class="notice">{t('mod.businessUpdate')}</p>}
      <p>{item.description}</p>
      <dl>
        <dt>{t('field.cvr')}</dt>
        <dd>{item.cvr}</dd>
        <dt>{labels.facts.legalForm}</dt>
        <dd>{item.legal_form}</dd>
        <dt>{labels.facts.sector}</dt>
        <dd>{item.sector}</dd>
        <dt>{labels.facts.district}</dt>
        <dd>{item.district}</dd>
        <dt>{labels.facts.founded}</dt>
        <dd>{item.founded}</dd>
        <dt>{t('field.offers')}</dt>
        <dd>{item.offers.map((o) => t(`offer.${o}` as never)).join('; ')}</dd>
        <dt>{t('field.rsv')}</dt>
        <dd>{item.rsv ? t('field.rsv.ja') : t('field.rsv.nej')}</dd>
        <dt>{t('inclusiveJobs.label')}</dt>
        <dd>
          {item.inclusive_jobs?.length ? item.inclusive_jobs.map((j) => t(`inclusiveJob.${j}`)).join('; ') : t('inclusiveJobs.notStated')}
        </dd>
        {item.website && (
          <>
            <dt>{labels.facts.website}</dt>
            <dd>{item.website}</dd>
          </>
        )}
        <dt>{labels.facts.principles}</dt>
        <dd>{item.principles.map((p) => labels.principles[p]).join('; ')}</dd>
      </dl>
    </article>
  );
}

/** An error report: the page (as a link to it), the version the reader saw, and what they wrote. */
export function ReportDetails({ item }: { item: ReportSubmission }) {
  return (
    <article class="card" aria-labelledby="preview-title">
      <h3 id="preview-title" class="preview-heading">
        {t('kind.report')}
      </h3>
      <dl>
        <dt>{t('mod.reportPage')}</dt>
        <dd>
          <a href={item.page_path}>{item.page_path}</a>
        </dd>
        <dt>{t('mod.reportVersion')}</dt>
        <dd>{item.page_version}</dd>
        <dt>{t('mod.reportWhat')}</dt>
        <dd class="plain-text">{item.what}</dd>
        {item.source && (
          <>
            <dt>{t('mod.reportSource')}</dt>
            <dd>{item.source}</dd>
          </>
        )}
        <dt>{t('mod.reportEmail')}</dt>
        <dd>{item.email ? <a href={`mailto:${item.email}`}>{item.email}</a> : t('mod.reportAnonymous')}</dd>
      </dl>
    </article>
  );
}

/** An event as the editor judges it: every field as plain text (Preact escapes it), links shown, not followed. */
export function EventDetails({ item, labels }: { item: EventSubmission; labels: PreviewLabels }) {
  const when = (() => {
    try {
      return formatWhen(item.start, item.end, {
        wholeDay: labels.when.wholeDay,
        time: (start) => labels.when.time.replace('{start}', start),
        timeRange: (start, end) => labels.when.timeRange.replace('{start}', start).replace('{end}', end),
      });
    } catch {
      return `${item.start} – ${item.end}`;
    }
  })();
  return (
    <article class="card" aria-labelledby="preview-title">
      <h3 id="preview-title" class="preview-heading">
        {item.title}
      </h3>
      <p class="plain-text">{item.description}</p>
      <dl>
        <dt>{t('field.start')}</dt>
        <dd>{when}</dd>
        <dt>{t('field.place_kind')}</dt>
        <dd>
          {item.place_kind === 'online'
            ? `${t('field.place_kind.online')}: ${item.online_url}`
            : [item.place_name, item.address, item.district].filter(Boolean).join(', ')}
        </dd>
        <dt>{t('field.organiser_name')}</dt>
        <dd>{item.organiser_name}</dd>
        <dt>{t('field.organiser_business')}</dt>
        <dd>
          {item.organiser_business ? (
            <a href={`/virksomheder/${item.organiser_business}/`}>{item.organiser_business}</a>
          ) : (
            t('mod.eventUnlinked')
          )}
        </dd>
        <dt>{t('field.audiences')}</dt>
        <dd>{item.audiences.map((a) => labels.audiences[a] ?? a).join('; ')}</dd>
        <dt>{t('field.price')}</dt>
        <dd>{[item.price === null ? '–' : `${item.price} kr.`, item.price_note].filter(Boolean).join(' · ')}</dd>
        {item.sign_up_url && (
          <>
            <dt>{t('field.sign_up_url')}</dt>
            <dd>{item.sign_up_url}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
