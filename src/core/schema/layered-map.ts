/** Per base: for each term function, term -> the base's keys listing it, with their place in the base. */
const termIndexes = new WeakMap<
  ReadonlyMap<string, unknown>,
  Map<unknown, Map<string, [number, string][]>>
>();

/**
 * An immutable string-keyed map: a shared base and a small layer of changes on top. A replay takes a schema
 * snapshot after every step; copying a map of every object each time would cost more than the step, and
 * two snapshots that share a base can be compared by looking at their layers only.
 */
export class LayeredMap<V> implements ReadonlyMap<string, V> {
  private constructor(
    private readonly base: ReadonlyMap<string, V>,
    /** `undefined` marks a key removed from the base. */
    private readonly layer: ReadonlyMap<string, V | undefined>,
    readonly size: number,
  ) {}

  static of<V>(entries: Iterable<readonly [string, V]> = []): LayeredMap<V> {
    const base = new Map(entries);
    return new LayeredMap(base, new Map(), base.size);
  }

  get(key: string): V | undefined {
    return this.layer.has(key) ? this.layer.get(key) : this.base.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** A new map with `changes` applied (`undefined` removes the key); this one is left as it is. */
  with(changes: ReadonlyMap<string, V | undefined>): LayeredMap<V> {
    if (changes.size === 0) return this;
    const layer = new Map(this.layer);
    let size = this.size;
    for (const [key, value] of changes) {
      const had = this.has(key);
      if (value === undefined) {
        if (!had) continue;
        size--;
      } else if (!had) size++;
      layer.set(key, value);
    }
    // Fold the layer into a new base once it is no longer small, so lookups and layers stay cheap.
    if (layer.size > 64 && layer.size * 8 > this.base.size) {
      const base = new Map<string, V>();
      for (const [key, value] of this.entriesOf(layer)) base.set(key, value);
      return new LayeredMap(base, new Map(), base.size);
    }
    return new LayeredMap(this.base, layer, size);
  }

  /** Keys whose values may differ between `a` and `b`, when they share a base; otherwise undefined. */
  static changedKeys<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): Set<string> | undefined {
    if (!(a instanceof LayeredMap && b instanceof LayeredMap) || a.base !== b.base) return undefined;
    const keys = new Set<string>();
    for (const key of a.layer.keys()) if (a.layer.get(key) !== b.get(key)) keys.add(key);
    for (const key of b.layer.keys()) if (b.layer.get(key) !== a.get(key)) keys.add(key);
    return keys;
  }

  /**
   * The values any of whose `terms` is in `wanted`, in iteration order. The base is indexed by term once and
   * the index shared by every map on that base (a replay's snapshots), so a lookup costs the layer and the
   * matches, not the whole map. `terms` must be one function that gives a value the same terms every time.
   */
  withTerms(terms: (value: V) => readonly string[], wanted: ReadonlySet<string>): V[] {
    let byFunction = termIndexes.get(this.base);
    if (!byFunction) {
      byFunction = new Map();
      termIndexes.set(this.base, byFunction);
    }
    let index = byFunction.get(terms);
    if (!index) {
      index = new Map();
      let place = 0;
      for (const [key, value] of this.base) {
        for (const term of new Set(terms(value))) {
          const keys = index.get(term);
          if (keys) keys.push([place, key]);
          else index.set(term, [[place, key]]);
        }
        place++;
      }
      byFunction.set(terms, index);
    }
    const found = new Map<string, number>();
    for (const term of wanted)
      for (const [place, key] of index.get(term) ?? []) if (!this.layer.has(key)) found.set(key, place);
    const out = [...found].sort((a, b) => a[1] - b[1]).map(([key]) => this.base.get(key) as V);
    for (const value of this.layer.values())
      if (value !== undefined && terms(value).some((term) => wanted.has(term))) out.push(value);
    return out;
  }

  private *entriesOf(layer: ReadonlyMap<string, V | undefined>): IterableIterator<[string, V]> {
    for (const [key, value] of this.base) if (!layer.has(key)) yield [key, value];
    for (const [key, value] of layer) if (value !== undefined) yield [key, value];
  }

  entries(): MapIterator<[string, V]> {
    return this.entriesOf(this.layer) as MapIterator<[string, V]>;
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  /** Without a generator: replays walk every object of a snapshot often enough for that to show. */
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    const layer = this.layer;
    for (const [key, value] of this.base) if (!layer.has(key)) callback(value, key, this);
    for (const [key, value] of layer) if (value !== undefined) callback(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
