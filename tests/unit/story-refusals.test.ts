/** The database's refusals of a contribution reach the writer as Danish sentences from the dictionary. */
import { describe, expect, it } from 'vitest';
import { guarded } from '../../src/client/contributions.ts';
import { RpcError } from '../../src/lib/supabase/rpc.ts';
import { t } from '../../src/lib/i18n/stories.ts';

const refusal = async (message: string) => {
  try {
    await guarded(() => Promise.reject(new RpcError(message, '22023', 400, null)));
  } catch (e) {
    return e as { key: Parameters<typeof t>[0] };
  }
  throw new Error('not refused');
};

describe('a contribution the database refuses', () => {
  it('names an oversized payload and unknown fields in Danish, and says the text is kept', async () => {
    for (const [message, key] of [
      ['submission_too_large', 'submit.tooLarge'],
      ['unknown_fields', 'submit.unknownFields'],
    ] as const) {
      const e = await refusal(message);
      expect(e.key).toBe(key);
      expect(t(e.key)).toMatch(/din tekst er gemt/);
    }
  });
});
