import type { QueueItem } from '../../lib/supabase/types.ts';
import { t } from '../../lib/i18n/stories.ts';

interface Props {
  item: QueueItem;
  labels: { principles: Record<string, string>; sizeBands: Record<string, string> };
}

/** Text in paragraphs, as the public page shows it: Preact escapes every character. */
const Paragraphs = ({ text }: { text: string }) => (
  <>{text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p, i) => (
    <p key={i}>{p.split('\n').map((line, j) => <>{j > 0 && <br />}{line}</>)}</p>
  ))}</>
);

/** The submission laid out like the public story page, for the editor to judge. */
export default function Preview({ item, labels }: Props) {
  return (
    <article class="story preview" aria-labelledby="preview-title">
      <h3 id="preview-title" class="preview-heading">{item.title}</h3>
      <p class="lead">{item.summary}</p>
      <div class="story-grid">
        <div class="prose">
          <Paragraphs text={item.story} />
          <h4>{t('mod.learn')}</h4>
          <Paragraphs text={item.lessons} />
        </div>
        <aside class="card facts">
          <dl>
            <dt>{t('field.legal_form')}</dt><dd>{item.legal_form}</dd>
            <dt>{t('field.sector')}</dt><dd>{item.sector}</dd>
            <dt>{t('field.founded')}</dt><dd>{item.founded}</dd>
            <dt>{t('field.size')}</dt><dd>{item.size} ({labels.sizeBands[item.size_band]})</dd>
            <dt>{t('field.district')}</dt><dd>{item.district}</dd>
            {item.website && <><dt>{t('field.website')}</dt><dd>{item.website}</dd></>}
            <dt>{t('field.principles')}</dt><dd>{item.principles.map((p) => labels.principles[p]).join('; ')}</dd>
          </dl>
        </aside>
      </div>
    </article>
  );
}
