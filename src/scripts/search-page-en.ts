/** The English search page (/en/search/): its strings in English, the English index (by <html lang>). */
import { t } from '../lib/i18n/search-en.ts';
import { startSearchPage } from './search/page.ts';

startSearchPage(t);
