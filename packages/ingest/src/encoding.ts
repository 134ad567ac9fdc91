// Bytes to text for the reader. Arabic archives hold UTF-8, UTF-16 (with or without a BOM) and
// the Arabic code pages windows-1256 and ISO-8859-6. Measured on generated Arabic samples,
// chardet names windows-1256 and ISO-8859-6 rightly from one sentence up, but not a single word
// (it guesses Shift_JIS) and never BOM-less UTF-16 (it guesses ISO-8859-1): so a BOM is read
// first, then valid UTF-8, then UTF-16 by what its code units decode to, and only then chardet,
// which chooses between the Arabic code pages and otherwise names the file's encoding. A UTF-8
// file with a few bad bytes is refused, naming the first: read in a code page it would be nonsense.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { text: string; encoding: string } | { error: string };

const ARABIC_CODE_PAGES = ['windows-1256', 'ISO-8859-6'];
/** Bytes an encoding is guessed from: enough for any article, and chardet takes ~3 s a megabyte. */
const SAMPLE_BYTES = 64 * 1024;
/** Controls and the spaces among them (tab, line feed, vertical tab, form feed, carriage return). */
const CONTROL = /\p{Cc}/gu;
const SPACE_CONTROL = /[\t\n\v\f\r]/g;
/** What Arabic or Latin text is made of: letters, digits, punctuation and spaces of those scripts. */
const USUAL_TEXT =
  /[\t\n\v\f\r\u0020-\u007E\u00A0-\u024F\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\u2000-\u206F\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /\p{Script=Arabic}/gu;

function share(text: string, pattern: RegExp, of = text.length): number {
  return of === 0 ? 0 : (text.match(pattern)?.length ?? 0) / of;
}

/** Text, not a binary file read as characters: no NUL and hardly any control but spacing. */
function looksLikeText(text: string): boolean {
  return !text.includes('\u0000') && share(text, CONTROL) - share(text, SPACE_CONTROL) <= 0.01;
}

function bomEncoding(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function utf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The offset of the first bad byte of a UTF-8 file damaged in a few places (read in a code page
 * it would turn into nonsense), or undefined when the file is not mostly UTF-8 at all.
 */
function damagedUtf8At(bytes: Buffer): number | undefined {
  const text = new TextDecoder('utf-8').decode(bytes);
  const first = text.indexOf('\uFFFD');
  if (first === -1) return undefined;
  const sample = text.slice(0, SAMPLE_BYTES);
  const bad = sample.match(/\uFFFD/g)?.length ?? 0;
  const nonAscii = sample.match(/\P{ASCII}/gu)?.length ?? 0;
  if (nonAscii > 0 && bad / nonAscii > 0.05) return undefined;
  return Buffer.byteLength(text.slice(0, first));
}

/** BOM-less UTF-16: the byte order whose code units are almost all Arabic or Latin text. */
function utf16Order(bytes: Buffer): string | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  return ['utf-16le', 'utf-16be'].find((encoding) => {
    const text = iconv.decode(sample, encoding);
    return looksLikeText(text) && share(text, USUAL_TEXT) >= 0.95;
  });
}

/** A single-byte file: an Arabic code page if it reads as Arabic in one, else chardet's guess. */
function singleByteEncoding(bytes: Buffer): string | undefined {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const guesses = chardet.analyse(sample).map((match) => match.name as string);
  const arabic = [...ARABIC_CODE_PAGES].sort((a, b) => rank(guesses, a) - rank(guesses, b))[0]!;
  const text = iconv.decode(sample, arabic);
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters > 0 && share(text, ARABIC_LETTER, letters) >= 0.5) return arabic;
  return guesses.find((name) => iconv.encodingExists(name));
}

function rank(guesses: string[], encoding: string): number {
  const at = guesses.indexOf(encoding);
  return at === -1 ? guesses.length : at;
}

function decodeAsStated(bytes: Buffer, encoding: string): Decoded {
  const text = iconv.decode(bytes, encoding);
  return looksLikeText(text)
    ? { text, encoding: encoding.toLowerCase() }
    : { error: `binary: the file is not ${encoding} text, though it says it is` };
}

/**
 * Decodes a file's bytes, in the encoding the file itself declares (an HTML page's charset) when
 * one is given. Refuses, with the reason, only what is empty or is not text in any encoding.
 */
export function decodeText(bytes: Buffer, declared?: string): Decoded {
  if (bytes.length === 0) return { error: 'empty: the file has no content' };
  const bom = bomEncoding(bytes);
  if (bom) return decodeAsStated(bytes, bom);
  const asUtf8 = utf8(bytes);
  // Valid UTF-8 wins over a declared charset: converted or re-saved pages keep their old
  // <meta charset>, and Arabic in a code page is never valid UTF-8 by chance.
  if (asUtf8 !== undefined && looksLikeText(asUtf8)) return { text: asUtf8, encoding: 'utf-8' };
  if (declared && iconv.encodingExists(declared)) return decodeAsStated(bytes, declared);
  const damagedAt = damagedUtf8At(bytes);
  if (damagedAt !== undefined) {
    return {
      error: `not UTF-8: the byte at offset ${damagedAt} is not valid UTF-8, though the rest of the file is`,
    };
  }
  const encoding = utf16Order(bytes) ?? (bytes.includes(0) ? undefined : singleByteEncoding(bytes));
  const text = encoding ? iconv.decode(bytes, encoding) : undefined;
  if (!encoding || text === undefined || !looksLikeText(text)) {
    return {
      error: bytes.includes(0)
        ? 'binary: the file contains NUL bytes and is not UTF-16 text'
        : 'binary: the file is not text in UTF-8, UTF-16 or any encoding recognized',
    };
  }
  return { text, encoding: encoding.toLowerCase() };
}
