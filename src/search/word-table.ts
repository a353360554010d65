// Interns folded words as small integer ids, straight from the folder's bytes: indexing 100k events meets
// eight million words but only a few thousand distinct ones, so a word is looked up by hashing its bytes in
// place and comparing them with the stored copy, and only a word never seen before becomes a string.
// Typed arrays throughout: this runs once per word of every post.
import { IntList } from './int-list.js';

export class WordTable {
  /** Open addressing: slot -> word id (EMPTY if free), and the word's hash beside it to skip most compares. */
  private slots = new Int32Array(4096).fill(EMPTY);
  private slotHashes = new Int32Array(4096);
  /** Every word's bytes, once: word id -> offset and length in the pool. */
  private pool = new Uint8Array(64 * 1024);
  private poolLength = 0;
  private readonly offsets = new IntList();
  private readonly lengths = new IntList();
  private readonly words: string[] = [];

  get size(): number {
    return this.words.length;
  }

  wordOf(id: number): string {
    return this.words[id] ?? '';
  }

  /** The id of a folded word, added if new. */
  intern(word: string): number {
    const bytes = Uint8Array.from(word, (letter) => letter.charCodeAt(0));
    return this.internBytes(bytes, 0, bytes.length);
  }

  /** The id of a folded word, or -1 when no post has it (a question's word must not grow the table). */
  find(word: string): number {
    const bytes = Uint8Array.from(word, (letter) => letter.charCodeAt(0));
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask, id = this.slots[slot]!; id !== EMPTY; slot = (slot + 1) & mask, id = this.slots[slot]!) {
      if (this.slotHashes[slot] === hash && this.words[id] === word) return id;
    }
    return -1;
  }

  /** The id of the word in bytes[start, end), added if new. */
  internBytes(bytes: Uint8Array, start: number, end: number): number {
    // FNV-1a: cheap, and spreads short ASCII words well.
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    const { slots, slotHashes, pool, offsets, lengths } = this;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let id = slots[slot]!; id !== EMPTY; id = slots[slot]!) {
      if (slotHashes[slot] === hash && lengths.at(id) === end - start) {
        const at = offsets.at(id) - start;
        let i = start;
        while (i < end && pool[at + i] === bytes[i]) i++;
        if (i === end) return id;
      }
      slot = (slot + 1) & mask;
    }
    return this.add(bytes, start, end, hash, slot);
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number, slot: number): number {
    const id = this.words.length;
    const length = end - start;
    if (this.poolLength + length > this.pool.length) {
      const larger = new Uint8Array(this.pool.length * 2 + length);
      larger.set(this.pool);
      this.pool = larger;
    }
    this.pool.set(bytes.subarray(start, end), this.poolLength);
    this.offsets.push(this.poolLength);
    this.lengths.push(length);
    this.poolLength += length;
    this.words.push(LATIN1.decode(bytes.subarray(start, end)));
    this.slots[slot] = id;
    this.slotHashes[slot] = hash;
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** Keeps the table at most half full, so probes stay short. */
  private rehash(): void {
    const { slots, slotHashes } = this;
    this.slots = new Int32Array(slots.length * 2).fill(EMPTY);
    this.slotHashes = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] === EMPTY) continue;
      let slot = slotHashes[old]! & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = slots[old]!;
      this.slotHashes[slot] = slotHashes[old]!;
    }
  }
}

const EMPTY = -1;
const LATIN1 = new TextDecoder('latin1');

