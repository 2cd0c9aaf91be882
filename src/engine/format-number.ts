/** Vietnamese number style of the reports: counts under ten with two digits, thousands with a dot, decimals with a comma. */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** `4` → `04`, `1265` → `1.265`. */
export function formatCount(n: number): string {
  if (!Number.isInteger(n)) throw new Error(`formatCount expects an integer, got ${n}`);
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  return sign + (abs < 10 ? String(abs).padStart(2, '0') : groupThousands(String(abs)));
}

/** `1.8517, 2` → `1,85`; trailing zeros dropped. */
export function formatDecimal(x: number, digits = 2): string {
  // Only zeros after the decimal point are trailing zeros (`100` with no digits stays `100`).
  const fixed = Math.abs(x)
    .toFixed(digits)
    .replace(/\.(\d*?)0+$/, '.$1')
    .replace(/\.$/, '');
  const [whole, fraction] = fixed.split('.');
  // A negative number that rounds to zero is written `0`, not `-0`.
  const sign = x < 0 && /[1-9]/.test(fixed) ? '-' : '';
  return sign + groupThousands(whole) + (fraction ? `,${fraction}` : '');
}

/** A ratio as a percentage: `0.0185` → `1,85%`. */
export const formatPercent = (ratio: number, digits = 2): string => `${formatDecimal(ratio * 100, digits)}%`;
