/**
 * Numbers typed into and shown in the exact-entry fields, in the active language. Spanish writes 1,5 where English
 * writes 1.5, so a field shows the locale's decimal separator and accepts both it and the point; Arabic-Indic
 * digits (٠–٩, ۰–۹) and the Arabic decimal separator (٫) are read too. Pure (no React), unit-tested in es.
 *
 * No thousands grouping anywhere here: in an editable field "1.000" would be ambiguous (one, or a thousand?), and
 * String(value) already writes every value of the schema exactly, so the field round-trips.
 */
import { parseParamValue } from '../../workers/protocol';
import { numberLocale } from './i18n';

type ParseResult = ReturnType<typeof parseParamValue>;

const separators = new Map<string, string>();
/** The active locale's decimal separator ('.' or ','), cached per locale. */
export function decimalSeparator(): string {
  const locale = numberLocale();
  let separator = separators.get(locale);
  if (separator === undefined) {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    separator = part?.value ?? '.';
    separators.set(locale, separator);
  }
  return separator;
}

/** A value exactly as String() writes it (what a link uses), with the locale's decimal separator: 1.5 → "1,5". */
export function exactNumberText(value: number): string {
  const text = String(value);
  const separator = decimalSeparator();
  return separator === '.' ? text : text.replace('.', separator);
}

/** First code points of the Arabic-Indic (U+0660) and Extended Arabic-Indic (U+06F0) digit runs. */
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/**
 * Typed text → the notation the schema parser reads ('1,5' → '1.5' where the locale writes a decimal comma).
 * Anything it cannot make sense of is passed on unchanged, so the parser reports it.
 */
export function normalizeNumberText(text: string): string {
  let out = '';
  for (const ch of text.trim()) {
    const code = ch.codePointAt(0)!;
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String(code - ARABIC_INDIC_ZERO);
    else if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9)
      out += String(code - EXTENDED_ARABIC_INDIC_ZERO);
    else if (ch === '\u066b')
      out += '.'; // Arabic decimal separator
    else if (ch === '\u2212')
      out += '-'; // minus sign
    else out += ch;
  }
  // One comma and no point is a decimal comma where the locale writes one; elsewhere a comma stays invalid.
  if (decimalSeparator() === ',' && !out.includes('.') && out.split(',').length === 2) out = out.replace(',', '.');
  return out;
}

/** Parses typed text for a parameter in the active locale; an error quotes the text as the user typed it. */
export function parseNumberEntry(id: string, text: string): ParseResult {
  const result = parseParamValue(id, normalizeNumberText(text));
  return result.ok ? result : { ok: false, error: { ...result.error, value: text.trim() } };
}
