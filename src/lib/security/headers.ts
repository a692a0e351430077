/**
 * The HTTP headers a static host (Netlify, Cloudflare Pages: a `_headers` file) sends with every
 * page. The Content-Security-Policy allows scripts only from this site and the inline scripts the
 * build itself wrote (by their SHA-256, collected from the built HTML), and network requests
 * only to this site and the Supabase project, so text that slipped into a page could not run.
 */
import { createHash } from 'node:crypto';

/** Inline scripts a browser runs: not the JSON data islands carry, not scripts with a `src`. */
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
const NOT_RUN = /\ssrc=|\stype="?application\/(ld\+)?json/;

/** The CSP source expression (`'sha256-…'`) of each inline script the page runs. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (NOT_RUN.test(attributes) || !body.trim()) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

const VALUE = String.raw`(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;
const ATTRIBUTE = new RegExp(String.raw`\s+([^\s"'>/=]+)${VALUE}`, 'g');
const TAG = new RegExp(String.raw`<[a-zA-Z][^\s>/]*((?:\s+[^\s"'>/=]+${VALUE})*)\s*/?>`, 'g');

/**
 * HTML event handler attributes (`onclick="…"`): a hash-based policy blocks them, so none may
 * exist. Attribute names only: a submitted text that says `onload=` inside an attribute's value
 * (a page description) or in the page's text is escaped and harmless.
 */
export function inlineHandlers(html: string): string[] {
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  const found: string[] = [];
  for (const [, attributes = ''] of markup.matchAll(TAG))
    for (const [, name = ''] of attributes.matchAll(ATTRIBUTE)) if (/^on[a-z]+$/i.test(name)) found.push(name.toLowerCase());
  return found;
}

export interface PolicyInput {
  /** Hashes of every inline script on the site (see inlineScriptHashes). */
  scriptHashes: Iterable<string>;
  /** The Supabase project's address (PUBLIC_SUPABASE_URL): sign-in, progress and submissions go there. */
  supabaseUrl: string;
}

export function contentSecurityPolicy({ scriptHashes, supabaseUrl }: PolicyInput): string {
  const hashes = [...new Set(scriptHashes)].sort();
  return [
    "default-src 'self'",
    // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trimEnd(),
    // Astro inlines small stylesheets in <style>; styles cannot run code, scripts are what is locked down.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${new URL(supabaseUrl).origin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Everything else a page should say about itself; the same on every path. */
export function securityHeaders(input: PolicyInput): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(input),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The `_headers` file of Netlify and Cloudflare Pages: one rule for every path. */
export function headersFile(headers: Record<string, string>): string {
  return ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/** Reads the headers back from a `_headers` file (for tests, and to apply them locally). */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m) headers[m[1]!] = m[2]!;
  }
  return headers;
}
