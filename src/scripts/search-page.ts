/** The Danish search page (/soeg/): its strings in Danish. */
import { t } from '../lib/i18n/search.ts';
import { startSearchPage } from './search/page.ts';

startSearchPage(t);
