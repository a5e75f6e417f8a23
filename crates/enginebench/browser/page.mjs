// Runs in the page: loads one engine over one bundle (Veille: over its
// prebuilt index.bin; "veille-bundle": Veille indexing bundle.json at load,
// the old way, for reference; "veille-all": Veille reading every search's
// hits, facets and timeline too), then times the fixed query set. Called by
// run.mjs through page.evaluate.
import MiniSearch from '/nm/minisearch/dist/es/index.js';
import { Document as FlexDocument } from '/nm/flexsearch/dist/flexsearch.bundle.module.min.mjs';
import init, { Engine } from '/pkg/veille_js.js';

const KINDS = [
  ['common word', 'patients '],
  ['rare word', 'zotarolimus '],
  ['two words', 'heart valve '],
  ['prefix', 'cardi'],
  ['typo', 'thrombectmy '],
  ['phrase', '"heart failure" '],
  ['stent', 'stent '],
  ['drug coated', 'drug coated '],
  ['glioblastoma', 'glioblastoma '],
  ['hepatocellular', 'hepatocellular '],
  ['short typo', 'stnt '],
  ['aneurysm', 'aneurysm '],
  ['endovascular', 'endovascular '],
  ['no result', 'zzyzx qwrtp '],
];
const YEAR = 2020;
const TAG = 'Cardiology';

function querySet() {
  const out = [];
  for (const [kind, text] of KINDS) {
    out.push({ label: kind, text });
    out.push({ label: `${kind} + year`, text, year: YEAR });
    out.push({ label: `${kind} + tag`, text, tag: TAG });
  }
  return out;
}

function toQueryString(q) {
  const p = new URLSearchParams();
  p.append('q', q.text);
  if (q.year) p.append('year', String(q.year));
  if (q.tag) p.append('tag', q.tag);
  return p.toString();
}

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.round((p / 100) * (sorted.length - 1)))];
}

// Top 20 plus tag and year counts over all (filtered) matches, in JS.
function facetsAndTop(ids, docs, q) {
  const tags = new Map();
  const years = new Map();
  const kept = [];
  for (const id of ids) {
    const d = docs[id];
    if (q.year && d.year !== q.year) continue;
    if (q.tag && !d.tags.includes(q.tag)) continue;
    kept.push(id);
    for (const t of d.tags) tags.set(t, (tags.get(t) || 0) + 1);
    if (d.year) years.set(d.year, (years.get(d.year) || 0) + 1);
  }
  return { total: kept.length, hits: kept.slice(0, 20), tags, years };
}

// Veille from its prebuilt index: fetch index.bin, load it, answer a first
// search (the load time includes the fetch, unlike the engines fed text).
// `readAll`: every search also reads the page's hits (their snippets and
// highlights), the facets and the timeline, which the package makes when
// they are first read, as a results page with facets does.
async function loadIndex(indexUrl, readAll) {
  const wasm = await init();
  const t0 = performance.now();
  const bytes = new Uint8Array(await (await fetch(indexUrl)).arrayBuffer());
  const fetchMs = performance.now() - t0;
  const engine = Engine.fromIndex(bytes);
  const first = engine.search('q=patients+');
  const loadMs = performance.now() - t0;
  return {
    loadMs,
    fetchMs,
    wasmBytes: () => wasm.memory.buffer.byteLength,
    search: readAll
      ? (q) => {
        const r = engine.search(toQueryString(q));
        return r.hits && r.facets && r.timeline ? r.total : -1;
      }
      : (q) => engine.search(toQueryString(q)).total,
    check: first.total,
  };
}

async function load(engineName, text) {
  if (engineName === 'veille-bundle') {
    const wasm = await init();
    const t0 = performance.now();
    const engine = Engine.fromBundle(text);
    const first = engine.search('q=patients+');
    const loadMs = performance.now() - t0;
    return {
      loadMs,
      wasmBytes: () => wasm.memory.buffer.byteLength,
      search: (q) => engine.search(toQueryString(q)).total,
      check: first.total,
    };
  }
  const t0 = performance.now();
  const bundle = JSON.parse(text);
  const docs = bundle.articles.map((a) => ({
    tags: a.tags || [],
    year: a.date ? Number(a.date.slice(0, 4)) : null,
  }));
  if (engineName === 'minisearch') {
    const ms = new MiniSearch({
      fields: ['title', 'summary', 'body_text', 'tags'],
      extractField: (doc, field) => (field === 'tags' ? (doc.tags || []).join(' ') : doc[field]),
      idField: 'id',
      searchOptions: { boost: { title: 3, tags: 2, summary: 1.5 } },
    });
    ms.addAll(bundle.articles.map((a, id) => ({ ...a, id })));
    const loadMs = performance.now() - t0;
    return {
      loadMs,
      search: (q) => {
        const typing = !q.text.endsWith(' ');
        const text = q.text.replaceAll('"', '');
        const terms = text.trim().split(/\s+/);
        const res = ms.search(text, {
          combineWith: 'AND',
          prefix: (term, i) => typing && i === terms.length - 1,
          fuzzy: (term) => (term.length >= 9 ? 0.25 : term.length >= 5 ? 0.2 : false),
        });
        return facetsAndTop(res.map((r) => r.id), docs, q).total;
      },
    };
  }
  const index = new FlexDocument({
    document: { id: 'id', index: ['title', 'summary', 'body_text'] },
    tokenize: 'forward',
  });
  bundle.articles.forEach((a, id) =>
    index.add({ id, title: a.title, summary: a.summary || '', body_text: a.body_text }),
  );
  const loadMs = performance.now() - t0;
  return {
    loadMs,
    search: (q) => {
      const text = q.text.replaceAll('"', '');
      const fields = index.search(text, { limit: docs.length });
      const seen = new Set();
      const ids = [];
      for (const f of fields) for (const id of f.result) if (!seen.has(id)) { seen.add(id); ids.push(id); }
      return facetsAndTop(ids, docs, q).total;
    },
  };
}

window.runBench = async (engineName, bundleUrl, indexUrl, runs) => {
  let engine;
  if (engineName === 'veille' || engineName === 'veille-all') {
    engine = await loadIndex(indexUrl, engineName === 'veille-all');
  } else {
    const text = await (await fetch(bundleUrl)).text();
    engine = await load(engineName, text);
  }
  window.keepAlive = engine; // measured after the run: keep the index reachable
  const rows = [];
  for (const q of querySet()) {
    // The first call of each query, before any warm-up (the very first
    // one is the first query after loading).
    const t0 = performance.now();
    const total = engine.search(q);
    const first = performance.now() - t0;
    for (let i = 0; i < 3; i++) engine.search(q);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      engine.search(q);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    rows.push({ label: q.label, total, first, p50: pct(times, 50), p95: pct(times, 95) });
  }
  return {
    loadMs: engine.loadMs,
    fetchMs: engine.fetchMs,
    wasmBytes: engine.wasmBytes ? engine.wasmBytes() : 0,
    rows,
  };
};
window.benchReady = true;
