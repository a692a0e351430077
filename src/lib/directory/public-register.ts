/** What the directory says about a business from the public registers: CVR and RSV. */

/** The business's page in the public CVR register (Erhvervsstyrelsen's datacvr.virk.dk). */
export const cvrRegisterUrl = (cvr: string) => `https://datacvr.virk.dk/enhed/virksomhed/${encodeURIComponent(cvr)}`;

/**
 * RSV status as the directory shows and filters it. An entry whose status nobody checked is
 * `ukendt`, never `nej`: a buyer asking for "not registered" must not get "not checked".
 */
export type RsvStatus = 'ja' | 'nej' | 'ukendt';
export const RSV_STATUSES: readonly RsvStatus[] = ['ja', 'nej', 'ukendt'];
export const rsvStatus = (rsv: boolean | undefined | null): RsvStatus => (rsv === true ? 'ja' : rsv === false ? 'nej' : 'ukendt');
