// The parts of a search's results that take time to hand over (`hits`,
// with their snippets and highlights; `facets`; `timeline`), made when
// they are first read: a search whose caller only counts, or shows hits
// without facets, makes nothing it does not read. Imported by the Rust
// side (src/lazy.rs) through wasm-bindgen.

/** Sets `results[name]` as a plain data property, where it was. */
function settle(results, name, value) {
  Object.defineProperty(results, name, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/**
 * Makes each property of `results` named in `names` read `pending` (a
 * `PendingParts`) on first access, once: it then becomes a plain data
 * property (in the same place among the keys). `pending` is freed once
 * every part has been read or replaced (or by the garbage collector).
 */
export function withLazyParts(results, pending, names) {
  let left = names.length;
  const done = () => {
    left -= 1;
    if (left === 0) pending.free();
  };
  for (const name of names) {
    Object.defineProperty(results, name, {
      enumerable: true,
      configurable: true,
      get() {
        const value = JSON.parse(pending.partJson(name));
        done();
        return settle(results, name, value);
      },
      set(value) {
        done();
        settle(results, name, value);
      },
    });
  }
}
