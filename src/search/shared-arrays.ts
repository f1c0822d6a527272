// Arrays many searches need with the same contents: made once, grown when a larger one is
// asked for, and handed out as views. Callers only read them.

const bytes = new Map<number, Uint8Array>();
let positions = new Int32Array(0);

/** `length` copies of `value`, read-only and shared. */
export function filledBytes(value: number, length: number): Uint8Array {
  let array = bytes.get(value);
  if (!array || array.length < length) bytes.set(value, (array = new Uint8Array(Math.max(length, 2 * (array?.length ?? 0))).fill(value)));
  return array.subarray(0, length);
}

/** 0, 1, … length − 1, read-only and shared: the positions of a whole set. */
export function firstPositions(length: number): Int32Array {
  if (positions.length < length) {
    positions = new Int32Array(Math.max(length, 2 * positions.length));
    for (let i = 0; i < positions.length; i++) positions[i] = i;
  }
  return positions.subarray(0, length);
}
