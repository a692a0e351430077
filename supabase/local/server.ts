/**
 * The local gateway's HTTP server: the slice of the Supabase HTTP API this site uses, on the
 * loopback interface only. Test and development infrastructure; production is a real project.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ANON_KEY, JWT_SECRET, SERVICE_ROLE_KEY } from './config.ts';
import { AuthError, logout, publicUser, refreshSession, sendCode, sessionUser, verifyCode, type CodeSent } from './auth.ts';
import { JwtError, verifyJwt, type Claims } from './jwt.ts';
import { RpcRunner, type RestError, type Transactional } from './rpc.ts';

export interface GatewayOptions {
  db: Transactional;
  /** Where sign-in codes go: the terminal by default, a test's inbox in tests. */
  onCode: (sent: CodeSent) => void;
}

const MAX_BODY = 1_000_000;
const CORS_HEADERS = {
  'access-control-allow-headers': 'authorization, apikey, content-type, x-client-info, x-supabase-api-version, prefer, accept-profile, content-profile',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-expose-headers': 'x-supabase-api-version, content-range',
  'access-control-max-age': '600',
};

/** Browsers on this machine only: the site served on localhost or 127.0.0.1, any port. */
const allowedOrigin = (origin: string | undefined) =>
  origin && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin) ? origin : undefined;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-supabase-api-version': '2024-01-01', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw { status: 413, body: { code: 'PGRST413', message: 'Payload too large', details: null, hint: null } } satisfies RestError;
    chunks.push(chunk as Buffer);
  }
  if (!size) return {};
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    /* falls through */
  }
  throw { status: 400, body: { code: 'PGRST102', message: 'Empty or invalid json', details: null, hint: null } } satisfies RestError;
}

/** The JWT of the request: the Authorization bearer token, else the apikey (as Supabase does). */
function claimsOf(req: IncomingMessage): Claims {
  const apikey = req.headers.apikey;
  if (apikey !== ANON_KEY && apikey !== SERVICE_ROLE_KEY)
    throw { status: 401, body: { code: 'PGRST301', message: 'No API key found in request', details: null, hint: null } } satisfies RestError;
  const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? apikey;
  try {
    return verifyJwt(bearer, JWT_SECRET);
  } catch (e) {
    const expired = e instanceof JwtError && e.expired;
    throw { status: 401, body: { code: expired ? 'PGRST303' : 'PGRST301', message: (e as Error).message, details: null, hint: null } } satisfies RestError;
  }
}

function userClaims(req: IncomingMessage): Claims {
  try {
    const claims = claimsOf(req);
    if (claims.role !== 'authenticated' || !claims.sub) throw new AuthError(401, 'no_authorization', 'This endpoint requires a valid Bearer token');
    return claims;
  } catch (e) {
    if (e instanceof AuthError) throw e;
    throw new AuthError(401, 'bad_jwt', (e as RestError).body.message);
  }
}

export function createGateway({ db, onCode }: GatewayOptions) {
  const rpc = new RpcRunner(db);

  async function route(req: IncomingMessage, url: URL, res: ServerResponse) {
    const path = url.pathname;
    const rpcName = /^\/rest\/v1\/rpc\/([^/]+)$/.exec(path)?.[1];
    if (rpcName && req.method === 'POST') {
      const claims = claimsOf(req);
      const result = await rpc.call(decodeURIComponent(rpcName), await readJson(req), claims);
      return result === undefined ? send(res, 204, undefined) : send(res, 200, result);
    }
    if (path === '/auth/v1/otp' && req.method === 'POST') {
      claimsOf(req);
      onCode(await sendCode(db, await readJson(req)));
      return send(res, 200, {});
    }
    if (path === '/auth/v1/verify' && req.method === 'POST') {
      claimsOf(req);
      return send(res, 200, await verifyCode(db, await readJson(req)));
    }
    if (path === '/auth/v1/token' && req.method === 'POST' && url.searchParams.get('grant_type') === 'refresh_token') {
      claimsOf(req);
      return send(res, 200, await refreshSession(db, await readJson(req)));
    }
    if (path === '/auth/v1/user' && req.method === 'GET') {
      return send(res, 200, publicUser(await sessionUser(db, userClaims(req))));
    }
    if (path === '/auth/v1/logout' && req.method === 'POST') {
      await logout(db, userClaims(req), url.searchParams.get('scope') ?? 'global');
      return send(res, 204, undefined);
    }
    if (path === '/' || path === '/health') return send(res, 200, { name: 'Fælles Værdier local gateway', status: 'ok' });
    return send(res, 404, { code: 'PGRST125', message: `Invalid path specified in request URL: ${path}`, details: null, hint: null });
  }

  return createServer(async (req, res) => {
    const origin = allowedOrigin(req.headers.origin);
    if (origin) for (const [k, v] of Object.entries({ ...CORS_HEADERS, 'access-control-allow-origin': origin, vary: 'Origin' })) res.setHeader(k, v);
    if (req.method === 'OPTIONS') {
      res.writeHead(origin ? 204 : 403).end();
      return;
    }
    try {
      await route(req, new URL(req.url ?? '/', 'http://127.0.0.1'), res);
    } catch (e) {
      if (e instanceof AuthError) return send(res, e.status, { code: e.code, error_code: e.code, message: e.message, msg: e.message });
      const rest = e as RestError;
      if (rest && typeof rest.status === 'number' && rest.body) return send(res, rest.status, rest.body);
      console.error('Gatewayfejl:', e);
      send(res, 500, { code: 'XX000', message: 'Internal gateway error', details: null, hint: null });
    }
  });
}
