/**
 * Batches finish out of order when many are written at once; the checkpoint may only move past a
 * batch once it and every batch before it are written. This tracks that contiguous prefix: `key`
 * is the last key of the last batch of the prefix, `rowsDone` the rows up to it.
 */
export class Watermark<K> {
  private nextSeq = 0;
  private lowestOpen = 0;
  private readonly batches = new Map<number, { lastKey: K; rows: number; done: boolean }>();

  constructor(
    public key: K | null,
    public rowsDone: number,
  ) {}

  /** Registers a batch, in key order, before it is sent; returns its sequence number. */
  begin(lastKey: K, rows: number): number {
    const seq = this.nextSeq++;
    this.batches.set(seq, { lastKey, rows, done: false });
    return seq;
  }

  complete(seq: number): void {
    const batch = this.batches.get(seq);
    if (!batch) throw new Error(`unknown batch ${seq}`);
    batch.done = true;
    for (let head = this.batches.get(this.lowestOpen); head?.done; head = this.batches.get(this.lowestOpen)) {
      this.key = head.lastKey;
      this.rowsDone += head.rows;
      this.batches.delete(this.lowestOpen);
      this.lowestOpen += 1;
    }
  }

  /** Rows written but not yet covered by the watermark (they would be written again on resume). */
  get rowsAheadOfWatermark(): number {
    let rows = 0;
    for (const batch of this.batches.values()) if (batch.done) rows += batch.rows;
    return rows;
  }
}
