/**
 * The local gateway's HTTP server: the slice of the Supabase HTTP API this site uses, on the
 * loopback interface only. Test and development infrastructure; production is a real project.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ANON_KEY, AUTH, JWT_SECRET, SERVICE_ROLE_KEY } from './config.ts';
import { AuthError, logout, publicUser, refreshSession, sendCode, sessionUser, verifyCode, type CodeSent } from './auth.ts';
import { JwtError, verifyJwt, type Claims } from './jwt.ts';
import { RpcRunner, type RestError, type Transactional } from './rpc.ts';

export interface GatewayOptions {
  db: Transactional;
  /** Where sign-in codes go: the terminal by default, a test's inbox in tests. */
  onCode: (sent: CodeSent) => void;
}

const MAX_BODY = 1_000_000;
const DRAIN_LIMIT = 8 * MAX_BODY;
const CORS_HEADERS = {
  'access-control-allow-headers':
    'authorization, apikey, content-type, x-client-info, x-supabase-api-version, prefer, accept-profile, content-profile',
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
    if (size <= MAX_BODY) chunks.push(chunk as Buffer);
    // Too large: the rest is read and dropped, so the client gets the 413 instead of a reset
    // connection; past the drain limit the connection is cut.
    else if (size > DRAIN_LIMIT) break;
  }
  if (size > MAX_BODY)
    throw { status: 413, body: { code: 'PGRST413', message: 'Payload too large', details: null, hint: null } } satisfies RestError;
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
async function claimsOf(req: IncomingMessage): Promise<Claims> {
  const apikey = req.headers.apikey;
  if (apikey !== ANON_KEY && apikey !== SERVICE_ROLE_KEY)
    throw {
      status: 401,
      body: { code: 'PGRST301', message: 'No API key found in request', details: null, hint: null },
    } satisfies RestError;
  const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? apikey;
  try {
    return await verifyJwt(bearer, JWT_SECRET);
  } catch (e) {
    const expired = e instanceof JwtError && e.expired;
    throw {
      status: 401,
      body: { code: expired ? 'PGRST303' : 'PGRST301', message: (e as Error).message, details: null, hint: null },
    } satisfies RestError;
  }
}

async function userClaims(req: IncomingMessage): Promise<Claims> {
  let claims: Claims;
  try {
    claims = await claimsOf(req);
  } catch (e) {
    throw new AuthError(401, 'bad_jwt', (e as RestError).body.message);
  }
  if (claims.role !== 'authenticated' || !claims.sub)
    throw new AuthError(401, 'no_authorization', 'This endpoint requires a valid Bearer token');
  return claims;
}

/**
 * A web page on another site can make the browser send requests to 127.0.0.1 under its own
 * host name (DNS rebinding); only requests addressed to this gateway's loopback address count.
 */
function addressedToUs(req: IncomingMessage): boolean {
  const port = req.socket.localPort;
  return req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;
}

/** Requests per IP address in a sliding window, like Supabase Auth's rate limits. */
function rateLimiter(limit: number, windowSeconds: number) {
  const seen = new Map<string, number[]>();
  return (ip: string): boolean => {
    const now = Date.now();
    const recent = (seen.get(ip) ?? []).filter((t) => t > now - windowSeconds * 1000);
    const allowed = recent.length < limit;
    if (allowed) recent.push(now);
    seen.set(ip, recent);
    return allowed;
  };
}

/**
 * The headers the database sees: the client's own, with `cf-connecting-ip` set from the
 * connection as the edge in front of a Supabase project sets it (a value the client sent is replaced).
 */
function requestHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
  headers['cf-connecting-ip'] = req.socket.remoteAddress ?? '';
  return headers;
}

/** The function name of /rest/v1/rpc/<name>, which must be a plain lower-case SQL identifier. */
function rpcName(encoded: string): string {
  let name = '';
  try {
    name = decodeURIComponent(encoded);
  } catch {
    /* not valid percent-encoding: refused below */
  }
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw { status: 400, body: { code: 'PGRST100', message: 'Malformed function name', details: null, hint: null } } satisfies RestError;
  return name;
}

export function createGateway({ db, onCode }: GatewayOptions) {
  const rpc = new RpcRunner(db);
  const verificationAllowed = rateLimiter(AUTH.verificationsPerIp, AUTH.rateWindowSeconds);

  async function route(req: IncomingMessage, url: URL, res: ServerResponse) {
    const path = url.pathname;
    // The raw path, before URL parsing resolves dot segments such as %2E%2E.
    const rpcPath = /^\/rest\/v1\/rpc\/([^/?]+)(\?|$)/.exec(req.url ?? '')?.[1];
    if (rpcPath && req.method === 'POST') {
      const name = rpcName(rpcPath);
      const claims = await claimsOf(req);
      const result = await rpc.call(name, await readJson(req), claims, requestHeaders(req));
      return result === undefined ? send(res, 204, undefined) : send(res, 200, result);
    }
    if (path === '/auth/v1/otp' && req.method === 'POST') {
      await claimsOf(req);
      onCode(await sendCode(db, await readJson(req)));
      return send(res, 200, {});
    }
    if (path === '/auth/v1/verify' && req.method === 'POST') {
      await claimsOf(req);
      if (!verificationAllowed(req.socket.remoteAddress ?? ''))
        throw new AuthError(429, 'over_request_rate_limit', 'Request rate limit reached');
      return send(res, 200, await verifyCode(db, await readJson(req)));
    }
    if (path === '/auth/v1/token' && req.method === 'POST' && url.searchParams.get('grant_type') === 'refresh_token') {
      await claimsOf(req);
      return send(res, 200, await refreshSession(db, await readJson(req)));
    }
    if (path === '/auth/v1/user' && req.method === 'GET') {
      return send(res, 200, publicUser(await sessionUser(db, await userClaims(req))));
    }
    if (path === '/auth/v1/logout' && req.method === 'POST') {
      await logout(db, await userClaims(req), url.searchParams.get('scope') ?? 'global');
      return send(res, 204, undefined);
    }
    if (path === '/' || path === '/health') return send(res, 200, { name: 'Fælles Værdier local gateway', status: 'ok' });
    return send(res, 404, { code: 'PGRST125', message: `Invalid path specified in request URL: ${path}`, details: null, hint: null });
  }

  return createServer(async (req, res) => {
    if (!addressedToUs(req))
      return send(res, 403, {
        code: 'PGRST000',
        message: 'The local gateway answers only requests addressed to its loopback address',
        details: null,
        hint: null,
      });
    const origin = allowedOrigin(req.headers.origin);
    if (origin)
      for (const [k, v] of Object.entries({ ...CORS_HEADERS, 'access-control-allow-origin': origin, vary: 'Origin' })) res.setHeader(k, v);
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
      // The browser went away while its request was read (a page left mid-request): no one to answer.
      if ((e as { code?: string }).code === 'ECONNRESET') return;
      console.error('Gatewayfejl:', e);
      send(res, 500, { code: 'XX000', message: 'Internal gateway error', details: null, hint: null });
    }
  });
}
