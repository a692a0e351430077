/** What a page costs to load, from the build output: HTML, CSS and JS, gzip, with static imports followed. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageBytes {
  html: number;
  css: number;
  js: number;
}

export function pageBytes(dist: string, page: string): PageBytes {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const gz = (data: string | Buffer) => gzipSync(data).length;
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+\.css)"[^>]+rel="stylesheet"/g)]
    .map((m) => m[1] ?? m[2]!)
    .filter((href) => existsSync(join(dist, href)))
    .reduce((sum, href) => sum + gz(readFileSync(join(dist, href))), 0);
  const scripts = new Set<string>();
  const follow = (href: string) => {
    const file = join(dist, href);
    if (scripts.has(href) || !existsSync(file)) return;
    scripts.add(href);
    const dir = href.slice(0, href.lastIndexOf('/') + 1);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) follow(dir + m[1]!.slice(2));
  };
  for (const m of html.matchAll(/(?:src|component-url|renderer-url)="(\/[^"]+\.js)"/g)) follow(m[1]!);
  // Inline scripts are part of the HTML and counted there.
  const js = [...scripts].reduce((sum, href) => sum + gz(readFileSync(join(dist, href))), 0);
  return { html: gz(html), css, js };
}
