// Bounded top-k selection with a binary min-heap: O(n log k) time, O(k) memory.

/** Keeps the k best (highest score) integer items; ties go to the lower item number, so results are deterministic. */
export class TopK {
  private readonly items: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(readonly capacity: number) {
    this.items = new Int32Array(Math.max(1, capacity));
    this.scores = new Float64Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.size;
  }

  /** True when (scoreA, itemA) ranks below (scoreB, itemB). */
  private static worse(scoreA: number, itemA: number, scoreB: number, itemB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && itemA > itemB);
  }

  push(item: number, score: number): void {
    if (this.capacity <= 0) return;
    if (this.size < this.capacity) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopK.worse(score, item, this.scores[parent]!, this.items[parent]!)) break;
        this.items[i] = this.items[parent]!;
        this.scores[i] = this.scores[parent]!;
        i = parent;
      }
      this.items[i] = item;
      this.scores[i] = score;
      return;
    }
    // Full: replace the root (the worst kept) only when the newcomer beats it.
    if (!TopK.worse(this.scores[0]!, this.items[0]!, score, item)) return;
    this.siftDown(item, score);
  }

  private siftDown(item: number, score: number): void {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      let child = left;
      if (right < this.size && TopK.worse(this.scores[right]!, this.items[right]!, this.scores[left]!, this.items[left]!)) {
        child = right;
      }
      if (!TopK.worse(this.scores[child]!, this.items[child]!, score, item)) break;
      this.items[i] = this.items[child]!;
      this.scores[i] = this.scores[child]!;
      i = child;
    }
    this.items[i] = item;
    this.scores[i] = score;
  }

  /** The kept items, best first. */
  sorted(): Array<{ item: number; score: number }> {
    const out: Array<{ item: number; score: number }> = [];
    for (let i = 0; i < this.size; i++) out.push({ item: this.items[i]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || a.item - b.item);
  }

  clear(): void {
    this.size = 0;
  }
}
