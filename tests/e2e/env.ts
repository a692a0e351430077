/**
 * The browser tests' own gateway: a fresh in-memory database on its own port, sign-in codes
 * written to an inbox file. `npm test` builds the site against it (scripts/test.mjs).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const E2E_GATEWAY_PORT = 54329;
export const E2E_INBOX = join(tmpdir(), `fv-e2e-inbox-${E2E_GATEWAY_PORT}.jsonl`);
