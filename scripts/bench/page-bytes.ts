/** What a page costs to load, from the build output: HTML, CSS and JS, gzip, with static imports followed. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageBytes {
  html: number;
  css: number;
  js: number;
  /** JS once the knowledge check has been used: first view plus its lazily loaded code. */
  jsAfterUse: number;
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
  const sum = () => [...scripts].reduce((total, href) => total + gz(readFileSync(join(dist, href))), 0);
  const js = sum();
  // The knowledge check's code is imported lazily (`import("./knowledge-check….js")`).
  for (const href of [...scripts]) {
    const dir = href.slice(0, href.lastIndexOf('/') + 1);
    for (const m of readFileSync(join(dist, href), 'utf8').matchAll(/import\(\s*[`"'](\.\/knowledge-check[^`"']+\.js)[`"']/g))
      follow(dir + m[1]!.slice(2));
  }
  return { html: gz(html), css, js, jsAfterUse: sum() };
}
