// An open-addressing hash table from 32-bit feature keys to dense row numbers, in typed arrays (linear probing, load
// factor at most one half). Keys are already well mixed (hash-feature.ts), so the low bits index the table directly.

export class KeyTable {
  private keys: Int32Array;
  private rowOf: Int32Array;
  private mask: number;
  /** Number of keys (= rows) held. */
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.rowOf = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The row of `key`, or -1 when absent. */
  get(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const found = keys[slot] as number;
      if (found === key) return this.rowOf[slot] as number;
      if (found === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** The row of `key`, adding it as the next row when absent. */
  insert(key: number): number {
    const row = this.get(key);
    if (row >= 0) return row;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.place(key, this.size);
    return this.size++;
  }

  /** Keys by row number. */
  keysByRow(): Int32Array {
    const out = new Int32Array(this.size);
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot] as number;
      if (key !== 0) out[this.rowOf[slot] as number] = key;
    }
    return out;
  }

  private place(key: number, row: number): void {
    let slot = key & this.mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.rowOf[slot] = row;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rowOf;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.rowOf = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < oldKeys.length; slot++) {
      const key = oldKeys[slot] as number;
      if (key !== 0) this.place(key, oldRows[slot] as number);
    }
  }
}
