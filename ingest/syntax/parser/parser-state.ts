// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the artificial root at the end of
// the buffer (Ballesteros and Nivre 2013). Words are 0 … n-1 and the root is n. The buffer is always the suffix
// front … n, so it is one index. SHIFT pushes the buffer's front; LEFT makes the stack's top a dependent of the
// buffer's front; RIGHT makes it a dependent of the word below it. LEFT onto the root is allowed only for the last
// word on the stack, so every parse has exactly one root word. Besides heads and labels the state keeps, per word,
// its two outermost children on each side, their counts and the set of labels on each side (parser features).

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const ACTION_COUNT = 3;

/** At most this many labels fit the per-side label sets (two 32-bit words). */
export const MAX_LABELS = 64;

export class ParserState {
  n = 0;
  /** Stack of word indices; `depth` entries are in use. */
  stack = new Int32Array(0);
  depth = 0;
  /** First buffer position (n when only the root is left). */
  front = 0;
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  leftmost = new Int32Array(0);
  leftmost2 = new Int32Array(0);
  rightmost = new Int32Array(0);
  rightmost2 = new Int32Array(0);
  leftCount = new Int32Array(0);
  rightCount = new Int32Array(0);
  leftLabelsLow = new Int32Array(0);
  leftLabelsHigh = new Int32Array(0);
  rightLabelsLow = new Int32Array(0);
  rightLabelsHigh = new Int32Array(0);
  onStack = new Uint8Array(0);

  /** Starts a sentence of `n` words: empty stack, every word in the buffer, no arcs. */
  reset(n: number): void {
    if (this.heads.length < n + 1) this.allocate(Math.max(n + 1, this.heads.length * 2));
    this.n = n;
    this.depth = 0;
    this.front = 0;
    this.heads.fill(-1, 0, n + 1);
    this.labels.fill(-1, 0, n + 1);
    this.leftmost.fill(-1, 0, n + 1);
    this.leftmost2.fill(-1, 0, n + 1);
    this.rightmost.fill(-1, 0, n + 1);
    this.rightmost2.fill(-1, 0, n + 1);
    this.leftCount.fill(0, 0, n + 1);
    this.rightCount.fill(0, 0, n + 1);
    this.leftLabelsLow.fill(0, 0, n + 1);
    this.leftLabelsHigh.fill(0, 0, n + 1);
    this.rightLabelsLow.fill(0, 0, n + 1);
    this.rightLabelsHigh.fill(0, 0, n + 1);
    this.onStack.fill(0, 0, n + 1);
  }

  /** The stack item `k` from the top (0 = top), or -1. */
  stackAt(k: number): number {
    return k < this.depth ? (this.stack[this.depth - 1 - k] as number) : -1;
  }

  isTerminal(): boolean {
    return this.depth === 0 && this.front === this.n;
  }

  canShift(): boolean {
    return this.front < this.n;
  }

  canLeft(): boolean {
    return this.depth > 0 && (this.front < this.n || this.depth === 1);
  }

  canRight(): boolean {
    return this.depth > 1;
  }

  isLegal(action: number): boolean {
    return action === SHIFT ? this.canShift() : action === LEFT ? this.canLeft() : this.canRight();
  }

  /** The head an arc action would attach the stack's top to. */
  headFor(action: number): number {
    return action === LEFT ? this.front : (this.stack[this.depth - 2] as number);
  }

  /** Applies a legal action; `label` is the arc's label id for LEFT and RIGHT. */
  apply(action: number, label: number): void {
    if (action === SHIFT) {
      const word = this.front++;
      this.stack[this.depth++] = word;
      this.onStack[word] = 1;
      return;
    }
    const dependent = this.stack[--this.depth] as number;
    this.onStack[dependent] = 0;
    const head = action === LEFT ? this.front : (this.stack[this.depth - 1] as number);
    this.addArc(head, dependent, label);
  }

  private addArc(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    const low = label < 32 ? 1 << label : 0;
    const high = label >= 32 ? 1 << (label - 32) : 0;
    if (dependent < head) {
      this.leftCount[head] = (this.leftCount[head] as number) + 1;
      this.leftLabelsLow[head] = (this.leftLabelsLow[head] as number) | low;
      this.leftLabelsHigh[head] = (this.leftLabelsHigh[head] as number) | high;
      const first = this.leftmost[head] as number;
      if (first < 0 || dependent < first) {
        this.leftmost2[head] = first;
        this.leftmost[head] = dependent;
      } else {
        const second = this.leftmost2[head] as number;
        if (second < 0 || dependent < second) this.leftmost2[head] = dependent;
      }
    } else {
      this.rightCount[head] = (this.rightCount[head] as number) + 1;
      this.rightLabelsLow[head] = (this.rightLabelsLow[head] as number) | low;
      this.rightLabelsHigh[head] = (this.rightLabelsHigh[head] as number) | high;
      const first = this.rightmost[head] as number;
      if (first < 0 || dependent > first) {
        this.rightmost2[head] = first;
        this.rightmost[head] = dependent;
      } else {
        const second = this.rightmost2[head] as number;
        if (second < 0 || dependent > second) this.rightmost2[head] = dependent;
      }
    }
  }

  private allocate(size: number): void {
    this.stack = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.labels = new Int32Array(size);
    this.leftmost = new Int32Array(size);
    this.leftmost2 = new Int32Array(size);
    this.rightmost = new Int32Array(size);
    this.rightmost2 = new Int32Array(size);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabelsLow = new Int32Array(size);
    this.leftLabelsHigh = new Int32Array(size);
    this.rightLabelsLow = new Int32Array(size);
    this.rightLabelsHigh = new Int32Array(size);
    this.onStack = new Uint8Array(size);
  }
}
