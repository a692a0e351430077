/**
 * The tools' name in the English header and search filters: the same keys as da/tools.ts. Partial
 * on purpose: the tools themselves are Danish pages (Danish law, Danish rates), linked as such.
 */
import type { tools as da } from '../da/tools.ts';
import type { Message } from '../translate.ts';

export const tools: Partial<Record<keyof typeof da, Message>> = {
  'nav.tools': 'Tools',
  'type.værktøj': 'Tool',
};
