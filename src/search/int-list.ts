// A growable list of 32-bit integers in one typed array: the indexes collect millions of word ids and
// postings at 100k events, where a JS array of numbers costs more memory and more time.
export class IntList {
  private values: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.values = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new Int32Array(this.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }

  at(index: number): number {
    return this.values[index]!;
  }

  /** A copy of [start, length). */
  slice(start: number): Int32Array {
    return this.values.slice(start, this.length);
  }

  /** The values as a view, not a copy (a copy would double the peak at 100k events); push no more after. */
  view(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}
