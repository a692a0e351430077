import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedStories } from '../../data/catalogue.ts';
import { storyPath } from '../../lib/content/paths.ts';
import { t } from '../../lib/i18n';

/** Stories as RSS. Only public fields: never a submitter's contact data. */
export async function GET(context: APIContext) {
  const stories = await publishedStories();
  return rss({
    title: t('stories.rssTitle'),
    description: t('stories.lead'),
    site: context.site!,
    customData: '<language>da</language>',
    items: stories.map((s) => ({
      title: s.data.title,
      description: s.data.summary,
      link: storyPath(s.id),
      pubDate: s.data.published,
      categories: [s.data.legalForm, s.data.sector],
    })),
  });
}
