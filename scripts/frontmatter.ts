/** Splits a content file into its YAML frontmatter and its body. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface ContentFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export function readContentFile(file: string): ContentFile {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return { file, data: match ? ((parse(match[1]!) ?? {}) as Record<string, unknown>) : {}, body: match ? match[2]! : text };
}
