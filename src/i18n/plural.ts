/** `1 error`, `2 errors`, `1,265 errors`: an English count agrees with its noun (numbers formatted as en-US). */
export const plural = (n: number | string, one: string, many = `${one}s`): string =>
  `${typeof n === 'number' ? n.toLocaleString('en-US') : n} ${String(n) === '1' ? one : many}`;
