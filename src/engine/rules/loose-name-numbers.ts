import { looseNameUnits, looseUnitsBuffer, type LooseUnits } from '../normalize';

/** Numbers the distinct loose names (`normLoose` of a name): 0, 1, 2… in order of first appearance. */
export interface LooseNameNumbers {
  idOf(name: string): number;
}

/**
 * The fast `LooseNameNumbers`: no string is made per name; its units are hashed into an open-addressing
 * table and kept in one pool, compared unit by unit. Its plain twin (a Map of `normLoose`) is in the
 * tests, compared on random names. `expectedNames` only sizes the pool at first.
 */
export function looseNameNumbers(expectedNames: number): LooseNameNumbers {
  return new LooseNameTable(expectedNames);
}

/** Slots at first: the table doubles when half full, so a check of a few names stays small. */
const FIRST_SLOTS = 1024;

class LooseNameTable implements LooseNameNumbers {
  private slots = new Int32Array(FIRST_SLOTS);
  private mask = FIRST_SLOTS - 1;
  private pool: Uint16Array;
  private used = 0;
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private readonly hashes: number[] = [];
  private readonly loose: LooseUnits = looseUnitsBuffer();

  constructor(expectedNames: number) {
    // Room for a short name per row at first (names repeat from year to year), grown by doubling.
    this.pool = new Uint16Array(Math.max(4096, expectedNames * 16));
  }

  idOf(name: string): number {
    const { loose } = this;
    looseNameUnits(name, loose);
    const { units, length, hash } = loose;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot] - 1;
      if (id < 0) {
        const added = this.add(units, length, hash);
        this.slots[slot] = added + 1;
        if (this.offsets.length * 2 > this.slots.length) this.grow();
        return added;
      }
      if (this.hashes[id] === hash && this.lengths[id] === length && this.same(id, units, length)) return id;
    }
  }

  private same(id: number, units: Uint16Array, length: number): boolean {
    const { pool } = this;
    const offset = this.offsets[id];
    for (let i = 0; i < length; i++) if (pool[offset + i] !== units[i]) return false;
    return true;
  }

  private add(units: Uint16Array, length: number, hash: number): number {
    const used = this.used;
    let { pool } = this;
    if (used + length > pool.length) {
      const grown = new Uint16Array(Math.max(pool.length * 2, used + length));
      grown.set(pool.subarray(0, used));
      this.pool = pool = grown;
    }
    // Unit by unit: a subarray would be an object per name.
    for (let i = 0; i < length; i++) pool[used + i] = units[i];
    const id = this.offsets.length;
    this.offsets.push(used);
    this.lengths.push(length);
    this.hashes.push(hash);
    this.used = used + length;
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.offsets.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
