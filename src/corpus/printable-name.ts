// File names as reports print them: a name is bytes someone else chose, and a newline, a
// terminal escape or a bidirectional override in it would print a fake line or recolour the
// terminal. Such characters are shown escaped (`\n`, `\x1b`, `\u202e`); the rest as they are.

// C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional controls.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `name` with every control character escaped, and a backslash doubled so that escapes stay unambiguous. */
export function printableName(name: string): string {
  return name.replace(/\\/g, '\\\\').replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
