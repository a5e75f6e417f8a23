// The hits of a search, filled in when they are first read: a search that
// is only counted (total, facets, timeline) builds no snippet. Imported by
// the Rust side (src/lazy.rs) through wasm-bindgen.

/** Sets `results.hits` as a data property (enumerable, writable). */
function settle(results, hits) {
  Object.defineProperty(results, 'hits', { value: hits, writable: true, enumerable: true, configurable: true });
  return hits;
}

/**
 * Makes `results.hits` read `pending` (a `PendingHits`) on first access,
 * once: it then becomes a plain array property, and `pending` is freed.
 * The property keeps its place among the object's keys.
 */
export function withLazyHits(results, pending) {
  Object.defineProperty(results, 'hits', {
    enumerable: true,
    configurable: true,
    get() {
      const hits = JSON.parse(pending.hitsJson());
      pending.free();
      return settle(results, hits);
    },
    set(hits) {
      pending.free();
      settle(results, hits);
    },
  });
}
