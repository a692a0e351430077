/**
 * A Danish CVR number: eight digits whose weighted sum (weights 2, 7, 6, 5, 4, 3, 2, 1) is divisible
 * by 11, the check the Central Business Register itself uses. Example: 10150817 is valid.
 */
const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

export function isValidCvr(value: string): boolean {
  if (!/^\d{8}$/.test(value) || value.startsWith('0')) return false;
  const sum = [...value].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i]!, 0);
  return sum % 11 === 0;
}
