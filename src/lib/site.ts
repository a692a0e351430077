/** Site-wide settings that are not UI strings. */

/** The public address of the site; canonical URLs, sitemap and RSS use it. */
export const SITE_URL = process.env.SITE_URL ?? 'https://faellesvaerdier.dk';

/** Share of a knowledge check's questions that must be right for the lesson to count as done. */
export const PASS_THRESHOLD = 0.8;

/** Name of the provider printed on certificates and in metadata. */
export const SITE_NAME = 'Fælles Værdier';

/**
 * The official accessibility statement made in Digitaliseringsstyrelsen's WAS-Tool,
 * published at was.digst.dk/<domain> (BEK nr. 904 af 22.08.2019).
 */
export const WAS_URL = `https://was.digst.dk/${new URL(SITE_URL).hostname}`;

/** Where readers write to the editors (error reports without JavaScript, questions). Set EDITORS_EMAIL for your site. */
export const EDITORS_EMAIL = process.env.EDITORS_EMAIL ?? 'redaktion@faellesvaerdier.dk';
