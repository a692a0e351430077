/**
 * HS256 JSON Web Tokens, as Supabase Auth issues them and PostgREST checks them, signed and
 * verified with the jose library. Every token must name this gateway's audience and an expiry.
 */
import { errors, jwtVerify, SignJWT } from 'jose';

export type Claims = Record<string, unknown> & { role?: string; sub?: string; exp?: number };

/** What Supabase Auth puts in `aud`; the gateway's API keys carry it too, so one rule covers all. */
export const AUDIENCE = 'authenticated';
export const ISSUER = 'supabase-local';

const keyOf = (secret: string) => new TextEncoder().encode(secret);

export function signJwt(claims: Claims, secret: string): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(keyOf(secret));
}

export class JwtError extends Error {
  readonly expired: boolean;
  constructor(message: string, expired = false) {
    super(message);
    this.expired = expired;
  }
}

/** Returns the claims of a valid, unexpired token for this gateway; throws JwtError otherwise. */
export async function verifyJwt(token: string, secret: string): Promise<Claims> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: ['HS256'],
      audience: AUDIENCE,
      issuer: ISSUER,
      requiredClaims: ['exp', 'aud'],
    });
    return payload as Claims;
  } catch (e) {
    if (e instanceof errors.JWTExpired) throw new JwtError('JWT expired', true);
    if (e instanceof errors.JWSSignatureVerificationFailed) throw new JwtError('JWSInvalidSignature');
    if (e instanceof errors.JOSEError) throw new JwtError(`JWT is not valid: ${e.message}`);
    throw new JwtError('JWT cannot be decoded');
  }
}
