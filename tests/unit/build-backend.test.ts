import { describe, expect, it } from 'vitest';
import {
  catalogueUnavailable,
  contributionsUnavailable,
  isLocalUrl,
  lessonsUnknownToDatabase,
  productionBackendProblem,
  unknownLessons,
} from '../../src/lib/build-backend.ts';

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
    expect(productionBackendProblem({ ...project, supabaseUrl: undefined })).toMatch(
      /^Produktionsbygningen til https:\/\/faellesvaerdier\.dk mangler PUBLIC_SUPABASE_URL\. Sæt den/,
    );
    expect(productionBackendProblem({ ...project, anonKey: ' ' })).toContain('mangler PUBLIC_SUPABASE_ANON_KEY.');
    const both = productionBackendProblem({ ...project, supabaseUrl: '', anonKey: undefined })!;
    expect(both).toContain('mangler PUBLIC_SUPABASE_URL og PUBLIC_SUPABASE_ANON_KEY. Sæt dem');
    expect(both).toContain('SITE_URL=http://127.0.0.1:4321');
  });

  it('refuses a project address on the building machine', () => {
    expect(productionBackendProblem({ ...project, supabaseUrl: 'http://127.0.0.1:54321' })).toContain('peger på den maskine, der bygger');
  });

  it('explains a failed story fetch', () => {
    expect(contributionsUnavailable('historier', 'https://abcdefgh.supabase.co', 'HTTP 503')).toMatch(
      /^Kunne ikke hente de godkendte historier fra https:\/\/abcdefgh\.supabase\.co \(HTTP 503\)\./,
    );
  });

  it('finds the lessons the database does not know, in the site’s order', () => {
    expect(unknownLessons(['a', 'ny', 'b', 'ny-2'], ['b', 'a', 'gammel'])).toEqual(['ny', 'ny-2']);
    expect(unknownLessons(['a'], ['a', 'b'])).toEqual([]);
  });

  it('names the unknown lessons in Danish and says what to run', () => {
    const one = lessonsUnknownToDatabase(['ny-lektion'], 'https://abcdefgh.supabase.co');
    expect(one).toMatch(
      /^Databasen på https:\/\/abcdefgh\.supabase\.co kender ikke lektionen: ny-lektion\. Kursister kunne ikke få den registreret/,
    );
    expect(one).toContain('npm run deploy:db');
    expect(lessonsUnknownToDatabase(['a', 'b'], 'https://x.supabase.co')).toContain(
      'kender ikke disse 2 lektioner: a, b. Kursister kunne ikke få dem',
    );
    expect(catalogueUnavailable('https://x.supabase.co', 'HTTP 404')).toMatch(
      /^Kunne ikke hente kursuskatalogets lektioner fra https:\/\/x\.supabase\.co \(HTTP 404\)/,
    );
  });
});
