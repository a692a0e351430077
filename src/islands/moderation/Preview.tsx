import { paragraphs } from '../../lib/stories/plain-text.ts';
import type { StorySubmission } from '../../lib/supabase/types.ts';

export interface PreviewLabels {
  principles: Record<string, string>;
  sizeBands: Record<string, string>;
  /** For events: the audiences' names, and the time phrases with {start} and {end} left in. */
  audiences: Record<string, string>;
  when: { wholeDay: string; time: string; timeRange: string };
  /** The public story page's own headings, so the preview reads like it. */
  facts: Record<
    'facts' | 'organisation' | 'legalForm' | 'sector' | 'founded' | 'size' | 'district' | 'website' | 'principles' | 'learn',
    string
  >;
}

interface Props {
  item: StorySubmission;
  labels: PreviewLabels;
}

/** Text in paragraphs, as the public page shows it: Preact escapes every character. */
const Paragraphs = ({ text }: { text: string }) => (
  <>
    {paragraphs(text).map((lines, i) => (
      <p key={i}>
        {lines.map((line, j) => (
          <>
            {j > 0 && <br />}
            {line}
          </>
        ))}
      </p>
    ))}
  </>
);

/** The submission laid out like the public story page, for the editor to judge. */
export default function Preview({ item, labels }: Props) {
  return (
    <article class="story preview" aria-labelledby="preview-title">
      <h3 id="preview-title" class="preview-heading">
        {item.title}
      </h3>
      <p class="lead">{item.summary}</p>
      <div class="story-grid">
        <div class="prose">
          <Paragraphs text={item.story} />
          <h4>{labels.facts.learn}</h4>
          <Paragraphs text={item.lessons} />
        </div>
        <aside class="card facts">
          <h4>{labels.facts.facts}</h4>
          <dl>
            <dt>{labels.facts.organisation}</dt>
            <dd>{item.organisation}</dd>
            <dt>{labels.facts.legalForm}</dt>
            <dd>{item.legal_form}</dd>
            <dt>{labels.facts.sector}</dt>
            <dd>{item.sector}</dd>
            <dt>{labels.facts.founded}</dt>
            <dd>{item.founded}</dd>
            <dt>{labels.facts.size}</dt>
            <dd>
              {item.size} ({labels.sizeBands[item.size_band]})
            </dd>
            <dt>{labels.facts.district}</dt>
            <dd>{item.district}</dd>
            {item.website && (
              <>
                <dt>{labels.facts.website}</dt>
                <dd>{item.website}</dd>
              </>
            )}
            <dt>{labels.facts.principles}</dt>
            <dd>{item.principles.map((p) => labels.principles[p]).join('; ')}</dd>
          </dl>
        </aside>
      </div>
    </article>
  );
}
