import { describe, expect, it } from 'vitest';
import { contributionsUnavailable, isLocalUrl, productionBackendProblem } from '../../src/lib/build-backend.ts';

const site = 'https://faellesvaerdier.dk';
const project = { siteUrl: site, supabaseUrl: 'https://abcdefgh.supabase.co', anonKey: 'eyJ.anon.key' };

describe('production build backend', () => {
  it('knows which addresses are this machine', () => {
    expect(['http://127.0.0.1:4321', 'http://localhost:4321/', 'http://[::1]:4321'].every(isLocalUrl)).toBe(true);
    expect(['https://faellesvaerdier.dk', 'https://127.0.0.1.example.dk', 'ikke en adresse'].some(isLocalUrl)).toBe(false);
  });

  it('accepts a real project', () => {
    expect(productionBackendProblem(project)).toBeNull();
  });

  it('names what is missing, in Danish, and how to build locally instead', () => {
    expect(productionBackendProblem({ ...project, supabaseUrl: undefined })).toMatch(/^Produktionsbygningen til https:\/\/faellesvaerdier\.dk mangler PUBLIC_SUPABASE_URL\. Sæt den/);
    expect(productionBackendProblem({ ...project, anonKey: ' ' })).toContain('mangler PUBLIC_SUPABASE_ANON_KEY.');
    const both = productionBackendProblem({ ...project, supabaseUrl: '', anonKey: undefined })!;
    expect(both).toContain('mangler PUBLIC_SUPABASE_URL og PUBLIC_SUPABASE_ANON_KEY. Sæt dem');
    expect(both).toContain('SITE_URL=http://127.0.0.1:4321');
  });

  it('refuses a project address on the building machine', () => {
    expect(productionBackendProblem({ ...project, supabaseUrl: 'http://127.0.0.1:54321' })).toContain('peger på den maskine, der bygger');
  });

  it('explains a failed story fetch', () => {
    expect(contributionsUnavailable('historier', 'https://abcdefgh.supabase.co', 'HTTP 503')).toMatch(/^Kunne ikke hente de godkendte historier fra https:\/\/abcdefgh\.supabase\.co \(HTTP 503\)\./);
  });
});
