/**
 * The browser tests' own gateway: a fresh in-memory database on its own port, sign-in codes
 * written to an inbox file. `npm test` builds the site against it (scripts/test.mjs).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Both ports can be moved (E2E_PORT, E2E_GATEWAY_PORT) so two work trees can test at once. */
export const E2E_GATEWAY_PORT = Number(process.env.E2E_GATEWAY_PORT ?? 54329);
export const E2E_GATEWAY_URL = `http://127.0.0.1:${E2E_GATEWAY_PORT}`;
/** The address the browser tests' build is made for and served on: local, so it may use the gateway. */
export const E2E_SITE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4329}`;
export const E2E_INBOX = join(tmpdir(), `fv-e2e-inbox-${E2E_GATEWAY_PORT}.jsonl`);
