/**
 * Pseudo-localisation: English made longer (about +40 %, the typical growth into German or Spanish) and accented,
 * inside brackets, so a screenshot shows at once text that overflows its box, text that was cut off (no closing
 * bracket) and text that never went through the locale files (plain ASCII). Interpolations `{{name}}`, nesting
 * `$t(key)` and markup `<0>…</0>` are kept intact.
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ô',
  p: 'ƥ',
  r: 'ŕ',
  s: 'ş',
  t: 'ţ',
  u: 'û',
  w: 'ŵ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ô',
  P: 'Ƥ',
  R: 'Ŕ',
  S: 'Ş',
  T: 'Ţ',
  U: 'Û',
  W: 'Ŵ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Pieces that must survive untouched: {{interpolation}}, $t(nesting), <tags>. */
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+>|<\/?[a-z]+\/?>)/g;

/** Growth factor: 40 % more characters (padding words of "~"). */
const GROWTH = 0.4;

export function pseudoLocalize(text: string): string {
  if (text === '') return text;
  const parts = text.split(PROTECTED);
  let letters = 0;
  const body = parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      letters += part.length;
      return [...part].map((ch) => ACCENTED[ch] ?? ch).join('');
    })
    .join('');
  const pad = Math.max(1, Math.round(letters * GROWTH));
  return `[${body} ${'~'.repeat(pad)}]`;
}

/** Applies pseudoLocalize to every string of a (nested) resource object. */
export function pseudoResources<T>(value: T): T {
  if (typeof value === 'string') return pseudoLocalize(value) as T;
  if (Array.isArray(value)) return value.map((v) => pseudoResources(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoResources(v)])) as T;
  }
  return value;
}
