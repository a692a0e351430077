import { describe, expect, it } from 'vitest';
import { emptyDraft, fromSubmission, toInput, validate, type Draft } from '../../src/lib/stories/fields.ts';
import { clearDraft, loadDraft, saveDraft } from '../../src/lib/stories/draft.ts';
import { memoryStorage } from '../../src/lib/progress';
import { validSubmission } from '../support/submission.ts';

const good = (): Draft => fromSubmission(validSubmission() as never);

describe('submission fields', () => {
  it('a complete draft has no problems and becomes the database input unchanged', () => {
    expect(validate(good())).toEqual({});
    expect(toInput(good())).toEqual(validSubmission());
  });

  it('an empty draft names every required field', () => {
    expect(Object.keys(validate(emptyDraft())).sort()).toEqual(
      [
        'consent_privacy',
        'consent_publish',
        'contact_email',
        'contact_name',
        'district',
        'founded',
        'legal_form',
        'lessons',
        'organisation',
        'sector',
        'size',
        'size_band',
        'story',
        'summary',
        'title',
      ].sort(),
    );
  });

  it('explains each kind of problem', () => {
    const d = {
      ...good(),
      title: 'Kort',
      story: 'x'.repeat(12001),
      founded: '2999',
      contact_email: 'ikke en adresse',
      website: 'javascript:alert(1)',
      sector: 'Rumfart',
      consent_publish: false,
    };
    expect(validate(d, 2026)).toEqual({
      title: 'tooShort',
      story: 'tooLong',
      founded: 'year',
      contact_email: 'email',
      website: 'url',
      sector: 'choose',
      consent_publish: 'consent',
    });
  });

  it('counts trimmed text, as the database does', () => {
    expect(validate({ ...good(), organisation: '  A  ' }).organisation).toBe('tooShort');
  });
});

describe('submission draft', () => {
  it('is kept, read back with missing fields filled in, and removed', () => {
    const storage = memoryStorage();
    saveDraft({ ...emptyDraft(), title: 'Halvfærdig' }, 'abc', storage);
    expect(loadDraft(storage)).toMatchObject({ submissionId: 'abc', draft: { title: 'Halvfærdig', story: '' } });
    clearDraft(storage);
    expect(loadDraft(storage)).toBeNull();
  });

  it('ignores what it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('fv:story-draft', '{broken');
    expect(loadDraft(storage)).toBeNull();
  });
});

describe('plain text paragraphs', async () => {
  const { paragraphs } = await import('../../src/lib/stories/plain-text.ts');
  it('splits on blank lines, keeps single line breaks, and reads no markup', () => {
    expect(paragraphs('Første\r\nlinje\n\n\n  <b>Anden</b>  \n\n')).toEqual([['Første', 'linje'], ['<b>Anden</b>']]);
  });
});
