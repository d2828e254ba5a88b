// Tells whether a span of text can be matched with the ASCII form of a pattern: every character outside ASCII in it is an uncased non-word character.
//
// On such text `\b`, `\w`, `\d` and case-insensitive matching mean the same with and without the `u` flag (see
// TranslatedPattern.asciiSource): curly quotes, dashes, no-break spaces and the placeholder mask qualify; letters,
// digits and marks outside ASCII, and characters outside the BMP, do not.

// .NET word characters (as in translate.ts) and decimal digits.
const WORD = /[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]/u;

/** 0 = not yet known, 1 = safe, 2 = not safe; by UTF-16 code unit. */
const verdicts = new Uint8Array(0x10000);

function safeCode(code: number): boolean {
  if (code < 0x80) return true;
  let v = verdicts[code];
  if (v === 0) {
    const c = String.fromCharCode(code);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    v = !surrogate && !WORD.test(c) && c.toLowerCase() === c && c.toUpperCase() === c ? 1 : 2;
    verdicts[code] = v;
  }
  return v === 1;
}

/** Per text: how many unsafe characters precede each index (the last text only: rules read one text in turn). */
let last: { text: string; before: Uint32Array } | undefined;

/** Whether text[start, end) holds only ASCII and uncased non-word characters. */
export function isAsciiSafe(text: string, start = 0, end = text.length): boolean {
  if (end - start < 64 && last?.text !== text) {
    for (let i = start; i < end; i += 1) if (!safeCode(text.charCodeAt(i))) return false;
    return true;
  }
  if (last?.text !== text) {
    const before = new Uint32Array(text.length + 1);
    for (let i = 0; i < text.length; i += 1) before[i + 1] = before[i] + (safeCode(text.charCodeAt(i)) ? 0 : 1);
    last = { text, before };
  }
  return last.before[end] - last.before[start] === 0;
}
