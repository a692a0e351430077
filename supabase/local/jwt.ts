/** HS256 JSON Web Tokens, as Supabase Auth issues them and PostgREST checks them. */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type Claims = Record<string, unknown> & { role?: string; sub?: string; exp?: number };

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export function signJwt(claims: Claims, secret: string): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

export class JwtError extends Error {
  readonly expired: boolean;
  constructor(message: string, expired = false) {
    super(message);
    this.expired = expired;
  }
}

/** Returns the claims of a valid, unexpired token signed with `secret`; throws JwtError otherwise. */
export function verifyJwt(token: string, secret: string, now = Date.now()): Claims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtError('JWT has an invalid format');
  const [head, body, signature] = parts as [string, string, string];
  let header: { alg?: string };
  let claims: Claims;
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString());
    claims = JSON.parse(Buffer.from(body, 'base64url').toString());
  } catch {
    throw new JwtError('JWT cannot be decoded');
  }
  if (header.alg !== 'HS256') throw new JwtError('JWT algorithm is not allowed');
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new JwtError('JWSInvalidSignature');
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= now) throw new JwtError('JWT expired', true);
  return claims;
}
