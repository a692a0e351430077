/**
 * Who publishes the site: one setting (four environment variables) read by the footer, /om/ and
 * /privatliv/. Not known yet when the site was built, so development and test builds show a
 * clearly marked placeholder, and a production build refuses to run without it.
 */
export interface Publisher {
  name: string;
  address: string;
  email: string;
  cvr: string;
  /** True when the setting is missing and the text below is a stand-in. */
  placeholder: boolean;
}

export const PUBLISHER_SETTINGS = {
  PUBLISHER_NAME: 'udgiverens navn',
  PUBLISHER_ADDRESS: 'postadresse',
  PUBLISHER_EMAIL: 'e-mailadresse til kontakt',
  PUBLISHER_CVR: 'CVR-nummer',
} as const;

type Env = Record<string, string | undefined>;

export const missingPublisherSettings = (env: Env = process.env) =>
  (Object.keys(PUBLISHER_SETTINGS) as (keyof typeof PUBLISHER_SETTINGS)[]).filter((k) => !env[k]?.trim());

export function readPublisher(env: Env = process.env): Publisher {
  if (missingPublisherSettings(env).length)
    return {
      name: 'Udgiver ikke angivet',
      address: 'Adresse ikke angivet',
      email: 'kontakt@example.invalid',
      cvr: '00000000',
      placeholder: true,
    };
  return {
    name: env.PUBLISHER_NAME!.trim(),
    address: env.PUBLISHER_ADDRESS!.trim(),
    email: env.PUBLISHER_EMAIL!.trim(),
    cvr: env.PUBLISHER_CVR!.trim(),
    placeholder: false,
  };
}

/** A build that talks to a real Supabase project (not the local gateway) is a production build. */
export const isProductionBuild = (env: Env = process.env) =>
  Boolean(env.PUBLIC_SUPABASE_URL) && !/^https?:\/\/(127\.0\.0\.1|localhost)(:|\/|$)/.test(env.PUBLIC_SUPABASE_URL!);

/** The message a production build fails with, or null when it may go ahead. */
export function publisherProblem(env: Env = process.env): string | null {
  const missing = missingPublisherSettings(env);
  if (!isProductionBuild(env) || !missing.length) return null;
  return (
    `Udgiveren er ikke angivet. Sæt ${missing.map((k) => `${k} (${PUBLISHER_SETTINGS[k]})`).join(', ')} i byggemiljøet; ` +
    'de vises i sidefoden, på /om/ og på /privatliv/.'
  );
}
