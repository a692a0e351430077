import { describe, expect, it } from 'vitest';
import { missingSteps } from '../../src/lib/account/certificate-road.ts';

const lessons = [
  { id: 'a', title: 'A', url: '/kurser/k/a/' },
  { id: 'b', title: 'B', url: '/kurser/k/b/' },
];
const base = { courseUrl: '/kurser/k/', lessons, nameUrl: '#certificate-name' };

describe('the steps a certificate still needs', () => {
  it('lists every missing step at once, lessons by name', () => {
    expect(missingSteps({ ...base, isDone: (id) => id === 'a', passed: false, name: ' ' })).toEqual([
      { kind: 'lessons', lessons: [lessons[1]], courseUrl: '/kurser/k/' },
      { kind: 'assessment', url: '/kurser/k/proeve/' },
      { kind: 'name', url: '#certificate-name' },
    ]);
  });
  it('names nothing when every step is done', () => {
    expect(missingSteps({ ...base, isDone: () => true, passed: true, name: 'Ana' })).toEqual([]);
  });
  it('trusts the database when it misses lessons this browser has', () => {
    expect(missingSteps({ ...base, isDone: () => true, serverLessonsMissing: 1, passed: true, name: 'Ana' })).toEqual([
      { kind: 'lessons', lessons: [], courseUrl: '/kurser/k/' },
    ]);
  });
});
