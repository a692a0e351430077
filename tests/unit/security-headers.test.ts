import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  inlineHandlers,
  inlineScriptHashes,
  parseHeadersFile,
  securityHeaders,
} from '../../src/lib/security/headers.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('security headers', () => {
  it('hashes the inline scripts a browser runs, and only those', () => {
    const html = `<script>a()</script><script type="module">b()</script><script type="module" src="/x.js"></script>
      <script type="application/json">{"c":1}</script><script type="application/ld+json">{}</script><script is:inline>\n</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')]);
  });

  it('finds inline event handlers, which a hash-based policy blocks', () => {
    expect(inlineHandlers('<form hidden onsubmit="return false"><img src=x onerror=alert(1)>')).toEqual(['onsubmit', 'onerror']);
    expect(inlineHandlers('<p>one only sees the word onclick= in text</p><button data-on="x">')).toEqual([]);
    expect(inlineHandlers('<a title="1 > 0" href="/" ONCLICK=\'x()\'>a</a><input disabled onfocus=y>')).toEqual(['onclick', 'onfocus']);
  });

  it('does not mistake a submitted text that mentions a handler for one (it is escaped)', () => {
    // A partner's summary in the page description and in the text, as Astro writes them.
    const summary = 'Et bageri &lt;svg onload=&quot;window.__xss = 1&quot;&gt;&lt;/svg&gt;';
    const html = `<meta name="description" content="${summary}"><meta property="og:description" content='${summary} onclick=x'>
      <p>${summary}</p><script type="module">document.body.insertAdjacentHTML('beforeend', '<b onclick="x">')</script>`;
    expect(inlineHandlers(html)).toEqual([]);
  });

  it('allows scripts only from the site and by hash, connections only to the site and the Supabase project', () => {
    const csp = contentSecurityPolicy({ scriptHashes: [sha('b()'), sha('a()'), sha('a()')], supabaseUrl: 'https://abc.supabase.co/' });
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${[sha('a()'), sha('b()')].sort().join(' ')};`);
    expect(csp).toContain("connect-src 'self' https://abc.supabase.co;");
    expect(csp).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval'|\*|https:)/);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"])
      expect(csp).toContain(directive);
  });

  it('writes a _headers file for every path that reads back the same, within the hosts’ line limit', () => {
    const headers = securityHeaders({
      scriptHashes: Array.from({ length: 12 }, (_, i) => sha(String(i))),
      supabaseUrl: 'https://abc.supabase.co',
    });
    const file = headersFile(headers);
    expect(file.startsWith('/*\n')).toBe(true);
    expect(parseHeadersFile(file)).toEqual(headers);
    // Cloudflare Pages reads at most 2,000 characters per line.
    for (const line of file.split('\n')) expect(line.length).toBeLessThan(2000);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});
