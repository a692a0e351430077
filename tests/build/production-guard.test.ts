/** A production build (a SITE_URL that is not this machine) refuses to run without its backend. */
import { afterEach, describe, expect, it } from 'vitest';
import { courseFile, fixtureSite, lessonFile, type FixtureSite } from '../support/fixture-site.ts';
import { startTestGateway } from '../support/gateway.ts';
import { ANON_KEY } from '../../supabase/local/config.ts';

let site: FixtureSite | undefined;
afterEach(() => site?.remove());

// A fictional publisher: the build checks that one is named before it looks at the backend.
const publisher = {
  PUBLISHER_NAME: 'Fiktiv Udgiver',
  PUBLISHER_ADDRESS: 'Eksempelvej 1, 2200 København N',
  PUBLISHER_EMAIL: 'kontakt@example.dk',
  PUBLISHER_CVR: '10150817',
};
const production = { SITE_URL: 'https://faellesvaerdier.dk', STORIES_LOCAL_DB: 'off', ...publisher };

function smallSite() {
  site = fixtureSite();
  site.write('courses/proeve/index.md', courseFile());
  site.write('courses/proeve/01-lektion.md', lessonFile());
  return site;
}

describe('production build', () => {
  it('stops with a Danish message when the Supabase settings are missing', { timeout: 120_000 }, () => {
    const { status, output } = smallSite().astroWith(
      { ...production, PUBLIC_SUPABASE_URL: undefined, PUBLIC_SUPABASE_ANON_KEY: undefined },
      'build',
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain('Produktionsbygningen til https://faellesvaerdier.dk mangler PUBLIC_SUPABASE_URL og PUBLIC_SUPABASE_ANON_KEY');
  });

  it('stops when the stories cannot be fetched from the project', { timeout: 120_000 }, () => {
    // .invalid never resolves (RFC 2606), so the fetch fails at once without leaving the machine.
    const env = { ...production, PUBLIC_SUPABASE_URL: 'https://projekt.invalid', PUBLIC_SUPABASE_ANON_KEY: 'eyJ.anon.key' };
    const { status, output } = smallSite().astroWith(env, 'build');
    expect(status, output).not.toBe(0);
    expect(output).toContain('Kunne ikke hente de godkendte historier fra https://projekt.invalid');
  });

  it('a local build without a backend still only warns', { timeout: 120_000 }, () => {
    const { status, output } = smallSite().astroWith(
      {
        SITE_URL: 'http://127.0.0.1:4321',
        STORIES_LOCAL_DB: 'off',
        PUBLIC_SUPABASE_URL: 'http://127.0.0.1:9',
        PUBLIC_SUPABASE_ANON_KEY: undefined,
      },
      'build',
    );
    expect(status, output).toBe(0);
    expect(output).toContain('kunne ikke hente godkendte historier fra http://127.0.0.1:9');
  });

  it('asks the database which lessons it knows, and names the ones it does not', { timeout: 180_000 }, async () => {
    // The production build stops on the same finding (tests/gateway/deploy-order.test.ts); it
    // refuses a backend on this machine, so here a local build shows that the check runs.
    const gateway = await startTestGateway();
    try {
      const env = {
        SITE_URL: 'http://127.0.0.1:4321',
        STORIES_LOCAL_DB: 'off',
        PUBLIC_SUPABASE_URL: gateway.url,
        PUBLIC_SUPABASE_ANON_KEY: ANON_KEY,
      };
      const { status, output } = await smallSite().astroAsync(env, 'build');
      expect(status, output).toBe(0);
      expect(output).toContain(`databasen på ${gateway.url} kender ikke lektionerne proeve-lektion`);
    } finally {
      await gateway.close();
    }
  });
});
