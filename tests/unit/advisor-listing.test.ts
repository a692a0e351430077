import { describe, expect, it } from 'vitest';
import { fetchAdvisors } from '../../src/client/advisors.ts';
import { listingProblems, normaliseContact } from '../../src/lib/advisors/listing.ts';

const good = {
  profession: 'revisor',
  firm: '',
  city: 'København',
  about: 'Reviderer andelsselskaber og foreninger.',
  contact: 'https://revision.example.dk',
};

describe('advisor listing', () => {
  it('accepts a complete listing, with or without a firm', () => {
    expect(listingProblems(good)).toEqual([]);
    expect(listingProblems({ ...good, firm: 'Fiktiv Revision ApS' })).toEqual([]);
  });

  it('names each field the database would refuse', () => {
    expect(
      listingProblems({ profession: 'astronaut', firm: 'X', city: 'K', about: 'For kort.', contact: 'http://usikker.example.dk' }),
    ).toEqual(['profession', 'firm', 'city', 'about', 'contact']);
    expect(listingProblems({ ...good, about: 'x'.repeat(601) })).toEqual(['about']);
    expect(listingProblems({ ...good, contact: 'javascript:alert(1)' })).toEqual(['contact']);
  });

  it('turns a bare e-mail address into a mailto: link and leaves web pages alone', () => {
    expect(normaliseContact(' karen@example.dk ')).toBe('mailto:karen@example.dk');
    expect(normaliseContact('https://revision.example.dk/kontakt')).toBe('https://revision.example.dk/kontakt');
    expect(listingProblems({ ...good, contact: 'karen@example.dk' })).toEqual([]);
  });

  it('reads the public list with the anon key and reports a failed request', async () => {
    const calls: [string, RequestInit][] = [];
    const ok = (async (url: string, init: RequestInit) => (calls.push([url, init]), new Response('[]'))) as unknown as typeof fetch;
    expect(await fetchAdvisors('https://x.supabase.co', 'anon-key', ok)).toEqual([]);
    expect(calls[0]![0]).toBe('https://x.supabase.co/rest/v1/rpc/list_advisors');
    expect(new Headers(calls[0]![1].headers).get('apikey')).toBe('anon-key');
    const down = (async () => new Response('nej', { status: 503 })) as unknown as typeof fetch;
    await expect(fetchAdvisors('https://x.supabase.co', 'anon-key', down)).rejects.toThrow('HTTP 503');
  });
});
