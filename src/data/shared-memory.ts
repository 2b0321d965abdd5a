/**
 * The typed arrays of loaded tables live in SharedArrayBuffers, so that a second thread can
 * evaluate targets over the same columns while this one evaluates others, without a copy of
 * hundreds of megabytes passing between them. Reading and writing them is as fast as ordinary
 * typed arrays; every allocation of table memory goes through here.
 */

export type SharedTypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

interface TypedArrayClass<T extends SharedTypedArray> {
  new (buffer: SharedArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** A zero-filled array of `length` items in shared memory. */
export function sharedArray<T extends SharedTypedArray>(kind: TypedArrayClass<T>, length: number): T {
  return new kind(new SharedArrayBuffer(length * kind.BYTES_PER_ELEMENT), 0, length);
}

/** A copy of the first `length` items of `array` (zero-filled beyond them) in shared memory. */
export function resizedShared<T extends SharedTypedArray>(array: T, length: number): T {
  const next = sharedArray(array.constructor as unknown as TypedArrayClass<T>, length);
  next.set(array.length > length ? (array.subarray(0, length) as T) : array);
  return next;
}

/** Whether the array's memory can be seen by another thread as it is. */
export function isShared(array: ArrayBufferView): boolean {
  return typeof SharedArrayBuffer !== 'undefined' && array.buffer instanceof SharedArrayBuffer;
}
