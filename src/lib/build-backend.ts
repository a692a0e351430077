/**
 * Which Supabase project a build talks to. A production build (a SITE_URL that is not this
 * machine) must name a real project: without one, sign-in and sync would point at the local
 * gateway on 127.0.0.1, and a failed story fetch would silently drop every partner story.
 * Development and test builds (a local SITE_URL, or `astro dev`) fall back to the local gateway.
 */

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Whether an address points at this machine. */
export function isLocalUrl(url: string): boolean {
  try {
    return LOOPBACK.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export interface BuildBackend {
  siteUrl: string;
  supabaseUrl: string | undefined;
  anonKey: string | undefined;
}

const LOCAL_HINT = 'Byg til lokal test med SITE_URL=http://127.0.0.1:4321.';

/** Why a production build cannot use these settings, in Danish; null when it can. */
export function productionBackendProblem({ siteUrl, supabaseUrl, anonKey }: BuildBackend): string | null {
  const missing = [!supabaseUrl?.trim() && 'PUBLIC_SUPABASE_URL', !anonKey?.trim() && 'PUBLIC_SUPABASE_ANON_KEY'].filter(Boolean);
  if (missing.length)
    return (
      `Produktionsbygningen til ${siteUrl} mangler ${missing.join(' og ')}. Sæt ${missing.length > 1 ? 'dem' : 'den'} til ` +
      'Supabase-projektets adresse og anon-nøgle (i Supabase: Project Settings → API). Uden dem ville log ind og ' +
      `synkronisering pege på den lokale gateway. ${LOCAL_HINT}`
    );
  if (isLocalUrl(supabaseUrl!))
    return (
      `Produktionsbygningen til ${siteUrl} har PUBLIC_SUPABASE_URL=${supabaseUrl}, som peger på den maskine, der bygger. ` +
      `Sæt den til Supabase-projektets adresse (https://<projekt>.supabase.co). ${LOCAL_HINT}`
    );
  return null;
}

/** Set by the build integration when the build is for production, read by the content loaders. */
export const PRODUCTION_BUILD_FLAG = 'FAELLES_VAERDIER_PRODUCTION_BUILD';

/** The message that stops a production build whose approved stories or entries could not be fetched. */
export const contributionsUnavailable = (label: string, supabaseUrl: string, reason: string) =>
  `Kunne ikke hente de godkendte ${label} fra ${supabaseUrl} (${reason}). En produktionsbygning uden dem ville ` +
  `fjerne partnernes ${label} fra sitet, så bygningen stopper her. Byg igen, når Supabase svarer.`;

/** The site's published lessons that the target database does not know, in the site's order. */
export const unknownLessons = (siteLessons: readonly string[], databaseLessons: readonly string[]) => {
  const known = new Set(databaseLessons);
  return siteLessons.filter((id) => !known.has(id));
};

const DEPLOY_DB_HINT = 'Kør først `npm run deploy:db` mod projektet (migreringer, så kursuskataloget), og byg så igen.';

/** The message that stops a production build with lessons the database does not know. */
export const lessonsUnknownToDatabase = (missing: readonly string[], supabaseUrl: string) =>
  `Databasen på ${supabaseUrl} kender ikke ${missing.length === 1 ? 'lektionen' : `disse ${missing.length} lektioner`}: ` +
  `${missing.join(', ')}. Kursister kunne ikke få ${missing.length === 1 ? 'den' : 'dem'} registreret som gennemført, ` +
  `så bygningen stopper her. ${DEPLOY_DB_HINT}`;

/** The message that stops a production build when the database's lesson list cannot be read. */
export const catalogueUnavailable = (supabaseUrl: string, reason: string) =>
  `Kunne ikke hente kursuskatalogets lektioner fra ${supabaseUrl} (${reason}), så bygningen kan ikke se, om databasen ` +
  `kender alle lektioner, den udgiver. ${DEPLOY_DB_HINT}`;
