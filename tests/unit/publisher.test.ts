import { describe, expect, it } from 'vitest';
import { publisherProblem, readPublisher } from '../../src/lib/publisher.ts';

const full = {
  PUBLISHER_NAME: 'Foreningen Fælles Værdier',
  PUBLISHER_ADDRESS: 'Rådhuspladsen 1, 1550 København V',
  PUBLISHER_EMAIL: 'kontakt@example.dk',
  PUBLISHER_CVR: '12345678',
};
const production = { PUBLIC_SUPABASE_URL: 'https://abc.supabase.co' };

describe('publisher setting', () => {
  it('reads all four values', () => {
    expect(readPublisher(full)).toEqual({
      name: full.PUBLISHER_NAME,
      address: full.PUBLISHER_ADDRESS,
      email: full.PUBLISHER_EMAIL,
      cvr: '12345678',
      placeholder: false,
    });
  });

  it('a development or test build gets a marked placeholder', () => {
    expect(readPublisher({ PUBLISHER_NAME: 'X' }).placeholder).toBe(true);
    expect(publisherProblem({ PUBLIC_SUPABASE_URL: 'http://127.0.0.1:54321' })).toBeNull();
  });

  it('a production build without it is refused, naming what to set', () => {
    const problem = publisherProblem({ ...production, PUBLISHER_NAME: 'X' });
    expect(problem).toContain('PUBLISHER_ADDRESS');
    expect(problem).toContain('PUBLISHER_EMAIL');
    expect(problem).toContain('PUBLISHER_CVR');
    expect(problem).not.toContain('PUBLISHER_NAME');
    expect(publisherProblem({ ...production, ...full })).toBeNull();
  });
});
