/**
 * »Markér som gennemført« on a lesson without a knowledge check. A module of its own because the
 * lesson page loads it on the click: a lazily loaded module that others also import statically
 * would cost every lesson page the bundler's namespace helper once the knowledge check is used.
 */
import { newId } from '../../lib/id.ts';
import { markDone } from '../../lib/progress/model.ts';
import { record } from './record.ts';

export function completeLesson(lessonId: string, courseId: string, at = new Date().toISOString()) {
  record((p) => markDone(p, lessonId, courseId, at), { kind: 'done', id: newId(), lessonId, at });
}
