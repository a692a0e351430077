/** Starts the local gateway in-process on a free port, with an in-memory database and an inbox. */
import type { AddressInfo } from 'node:net';
import { openLocalDatabase, type LocalDatabase } from '../../supabase/local/pglite.ts';
import { createGateway } from '../../supabase/local/server.ts';
import type { CodeSent } from '../../supabase/local/auth.ts';

export interface TestGateway {
  url: string;
  db: LocalDatabase;
  /** The last code sent to an address. */
  codeFor(email: string): string;
  /** The token of the confirmation link in the last e-mail to an address. */
  linkFor(email: string): string;
  close(): Promise<void>;
}

export async function startTestGateway(): Promise<TestGateway> {
  const db = await openLocalDatabase(undefined, { seed: false });
  const inbox = new Map<string, CodeSent>();
  const server = createGateway({ db, onCode: (sent) => inbox.set(sent.email, sent) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    codeFor(email) {
      const sent = inbox.get(email);
      if (!sent) throw new Error(`Ingen kode sendt til ${email}`);
      return sent.code;
    },
    linkFor(email) {
      const sent = inbox.get(email);
      if (!sent) throw new Error(`Ingen kode sendt til ${email}`);
      return sent.tokenHash;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => db.close()),
  };
}
