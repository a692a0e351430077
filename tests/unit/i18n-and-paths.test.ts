import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import { da } from '../../src/lib/i18n/da.ts';
import { lessonLocation, lessonPath } from '../../src/lib/content/paths.ts';

describe('i18n', () => {
  it('fills placeholders and formats numbers the Danish way', () => {
    expect(t('progress.summary', { done: 2, total: 1200 })).toBe('2 af 1.200 lektioner gennemført');
  });

  it('refuses a missing placeholder instead of printing {name}', () => {
    expect(() => t('progress.summary', { done: 1 })).toThrow(/total/);
  });

  it('has no empty strings', () => {
    expect(Object.entries(da).filter(([, v]) => (typeof v === 'string' ? [v] : [v.one, v.other]).some((s) => !s.trim()))).toEqual([]);
  });
});

describe('lesson paths', () => {
  it('reads course, order and slug from the file path', () => {
    expect(lessonLocation('courses/andelsselskabet/03-reformen-2024.md')).toEqual({
      courseId: 'andelsselskabet',
      order: 3,
      slug: 'reformen-2024',
    });
    expect(lessonPath('andelsselskabet', 'reformen-2024')).toBe('/kurser/andelsselskabet/reformen-2024/');
  });

  it('refuses a lesson file without a two-digit number', () => {
    expect(() => lessonLocation('courses/x/3-bad.md')).toThrow(/<nn>-<slug>/);
  });
});

describe('certificate codes', async () => {
  const { normaliseCode } = await import('../../src/lib/account/certificate-code.ts');
  it('accepts any case, spaces and dashes, and refuses letters that are never used', () => {
    expect(normaliseCode(' abcd efgh 2345 ')).toBe('ABCD-EFGH-2345');
    expect(normaliseCode('ABCDEFGH2345')).toBe('ABCD-EFGH-2345');
    expect(normaliseCode('ABCD-EFGH-2340')).toBeNull();
    expect(normaliseCode('OOOO-IIII-1111')).toBeNull();
    expect(normaliseCode('ABC')).toBeNull();
  });
});
