/** The format of a certificate's verification code. */
const CODE_FORMAT = /^[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}$/;

/** "abcd efgh 2345" → "ABCD-EFGH-2345"; null when it cannot be a code. */
export function normaliseCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!CODE_FORMAT.test(plain)) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`;
}
