/**
 * The security headers the build writes to dist/_headers (for Netlify or Cloudflare Pages),
 * applied here to every page the preview server sends: no page type may break the
 * Content-Security-Policy, and the policy must really be in force (an injected script is blocked).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseHeadersFile } from '../../src/lib/security/headers.ts';
import { E2E_GATEWAY_PORT } from './env.ts';
import { knowledgeCheck } from './helpers.ts';
import { PAGE_TYPES } from './pages.ts';

const headers = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));

/** Serves the site's documents with the headers of dist/_headers; collects what the policy blocks. */
async function withSiteHeaders(page: Page, baseURL: string) {
  const site = new URL(baseURL).origin;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.resourceType() !== 'document' || new URL(request.url()).origin !== site) return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  return violations;
}

test('the policy allows the site, its inline scripts by hash, and the local gateway, and forbids framing', () => {
  const csp = headers['Content-Security-Policy']!;
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]{44}')+;/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain(`connect-src 'self' http://127.0.0.1:${E2E_GATEWAY_PORT}`);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
  expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
});

test('the policy is in force: a script injected into a page is blocked and reported', async ({ page, baseURL }) => {
  const violations = await withSiteHeaders(page, baseURL!);
  await page.goto(PAGE_TYPES.forside!);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'document.body.dataset.injected = "ran"';
    document.body.append(s);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
});

test('no page type breaks the Content-Security-Policy, with its islands loaded', async ({ page, baseURL }) => {
  test.setTimeout(Object.keys(PAGE_TYPES).length * 4_000);
  const violations = await withSiteHeaders(page, baseURL!);
  let visited = 0;
  for (const [name, url] of Object.entries(PAGE_TYPES)) {
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy'], name).toBe(headers['Content-Security-Policy']);
    // Islands that load when seen: scroll through the page.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    if (name === 'soeg') await expect(page.locator('.search-result a').first()).toBeVisible();
    if (name === 'lektion') await knowledgeCheck(page);
    await page.waitForLoadState('networkidle');
    expect(violations, `${name} (${url})`).toEqual([]);
    visited++;
  }
  expect(visited).toBe(Object.keys(PAGE_TYPES).length);
});
