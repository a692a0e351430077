import { describe, expect, it } from 'vitest';
import { cvrValid } from '../../src/lib/fields/rules.ts';
import { emptyDraft, fromInput, toInput, validate } from '../../src/lib/businesses/fields.ts';
import * as report from '../../src/lib/reports/fields.ts';
import { validBusiness, validReport } from '../support/business.ts';

describe('CVR numbers (modulus 11)', () => {
  it('accepts numbers whose weighted digit sum is a multiple of 11', () => {
    // 1·2 + 9·1 = 11; 1·2 + 1·2 + 7·1 = 11; 2·2 + 2·2 + 3·1 = 11
    for (const ok of ['10000009', '10000017', '20000023']) expect(cvrValid(ok), ok).toBe(true);
  });
  it('refuses a wrong check digit, wrong length, a leading zero and other characters', () => {
    for (const bad of ['10000008', '10000019', '1000000', '100000090', '01000009', '1000000a', '', '1000 0009'])
      expect(cvrValid(bad), bad).toBe(false);
  });
});

describe('business entry fields', () => {
  it('a complete draft has no problems and becomes the database input unchanged', () => {
    const d = fromInput(validBusiness() as never);
    expect(validate(d)).toEqual({});
    expect(toInput(d)).toEqual(validBusiness());
  });
  it('spaces inside a CVR number are dropped, a wrong number is named', () => {
    expect(toInput({ ...fromInput(validBusiness() as never), cvr: '1000 0009' }).cvr).toBe('10000009');
    expect(validate({ ...fromInput(validBusiness() as never), cvr: '10000008' }).cvr).toBe('cvr');
  });
  it('an empty draft names every required field', () => {
    expect(Object.keys(validate(emptyDraft())).sort()).toEqual(
      [
        'consent_privacy',
        'consent_publish',
        'contact_email',
        'contact_name',
        'cvr',
        'description',
        'district',
        'founded',
        'legal_form',
        'name',
        'offers',
        'rsv',
        'sector',
      ].sort(),
    );
  });
});

describe('error report fields', () => {
  const page = { path: validReport().page_path, version: validReport().page_version };
  it('needs only what is wrong; source and e-mail are optional', () => {
    expect(report.validate({ what: validReport().what, source: '', email: '' }, page)).toEqual({});
    expect(report.toInput({ what: ` ${validReport().what} `, source: ' ', email: '' }, page)).toEqual(validReport());
  });
  it('only lesson, story and glossary pages take reports', () => {
    expect(report.validate({ what: validReport().what, source: '', email: '' }, { ...page, path: '/redaktion/' })).toEqual({
      page_path: 'page',
    });
  });
});

describe('business entry draft', async () => {
  const { clearDraft, loadDraft, saveDraft } = await import('../../src/lib/businesses/draft.ts');
  const { memoryStorage } = await import('../../src/lib/progress');
  it('is kept with what it edits, read back with missing fields filled in, and removed', () => {
    const storage = memoryStorage();
    saveDraft({ ...emptyDraft(), name: 'Halvfærdig' }, { submissionId: 'abc' }, storage);
    expect(loadDraft(storage)).toMatchObject({ submissionId: 'abc', draft: { name: 'Halvfærdig', cvr: '', offers: [] } });
    clearDraft(storage);
    expect(loadDraft(storage)).toBeNull();
  });
});
