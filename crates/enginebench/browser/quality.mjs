// Known-item search quality, Veille next to MiniSearch on the same queries
// in the same run (issue 29):
//
//   cd crates/enginebench/browser && npm ci && node quality.mjs
//
// Runs the `known-items` binary, which builds the publisher's corpus
// (../shared/corpus/medtech and starter-vascular), draws the seeded
// known-item queries (crates/enginebench/src/known_items.rs), answers them
// with Veille natively (the same core code the JavaScript package and the
// app run in wasm: the answers do not depend on where it runs) and writes
// the bundle and the queries; then indexes the same bundle with MiniSearch
// here in node (V8, as in Chromium) and asks it the same queries. Prints
// per variant: top-3 share / MRR@10 / queries with no result. Without
// ../shared it says so and exits successfully.
//
// MiniSearch is configured as its documentation suggests for search as you
// type, with Veille's field weights: title 3, tags 2, summary 1.5, body 1;
// every word required (combineWith AND, as Veille); fuzzy 0.2 (one edit
// from 3 letters, two from 8); the last word completed as a prefix while
// typed; terms folded (lower case, accents dropped) like Veille's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const out = mkdtempSync(join(tmpdir(), 'veille-known-items-'));
const run = spawnSync('cargo', ['run', '-q', '--profile', 'bench', '-p', 'veille-enginebench', '--bin', 'known-items', '--', out],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (run.status !== 0) process.exit(run.status ?? 1);
if (!existsSync(join(out, 'known-items.json'))) {
  console.log(run.stdout.trim());
  process.exit(0);
}
const bundle = JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8'));
const rows = JSON.parse(readFileSync(join(out, 'known-items.json'), 'utf8'));

const fold = (term) => term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const ms = new MiniSearch({
  fields: ['title', 'summary', 'tags', 'body_text'],
  extractField: (doc, field) => (field === 'tags' ? (doc.tags || []).join(' ') : doc[field] || ''),
  processTerm: fold,
  idField: 'id',
  searchOptions: { boost: { title: 3, tags: 2, summary: 1.5 }, combineWith: 'AND', fuzzy: 0.2 },
});
ms.addAll(bundle.articles.map((a, id) => ({ ...a, id })));

function miniSearchOutcome(row) {
  const typing = !row.text.endsWith(' ');
  const terms = row.text.trim().split(/\s+/);
  const res = ms.search(row.text, { prefix: (term, i) => typing && i === terms.length - 1 });
  const at = res.slice(0, 10).findIndex((r) => r.id === row.doc);
  return { rank: at < 0 ? null : at + 1, empty: res.length === 0 };
}

const variants = ['plain', 'typo', 'prefix', 'summary', 'summary-typo'];
const blank = () => ({ n: 0, top3: 0, rr: 0, empty: 0 });
const score = Object.fromEntries(variants.map((v) => [v, { veille: blank(), minisearch: blank() }]));
const add = (s, o) => {
  s.n += 1;
  s.top3 += o.rank !== null && o.rank <= 3 ? 1 : 0;
  s.rr += o.rank !== null ? 1 / o.rank : 0;
  s.empty += o.empty ? 1 : 0;
};
let answeredOnlyByMiniSearch = 0;
for (const row of rows) {
  const m = miniSearchOutcome(row);
  add(score[row.variant].veille, row.veille);
  add(score[row.variant].minisearch, m);
  if (row.veille.empty && !m.empty && row.variant.endsWith('typo')) answeredOnlyByMiniSearch += 1;
  // QUALITY_DIFF=1 lists the queries one engine ranks in the first three and the other not.
  const top3 = (o) => o.rank !== null && o.rank <= 3;
  if (process.env.QUALITY_DIFF && top3(m) !== top3(row.veille)) {
    console.log(`  ${top3(m) ? 'MiniSearch' : 'Veille'} only (${row.variant}): ${JSON.stringify(row.text)} Veille ${row.veille.rank} MiniSearch ${m.rank}: ${bundle.articles[row.doc].title}`);
  }
}
const cell = (s) => `${((100 * s.top3) / s.n).toFixed(1)} % / ${(s.rr / s.n).toFixed(3)} / ${s.empty}`;
console.log(run.stdout.split('\n')[0]);
console.log('\n| variant | queries | Veille | MiniSearch |\n|---|---|---|---|');
for (const v of variants) {
  const s = score[v];
  console.log(`| ${v} | ${s.veille.n} | ${cell(s.veille)} | ${cell(s.minisearch)} |`);
}
console.log(`\ncells: top-3 share / MRR@10 / queries with no result; typo queries MiniSearch answers and Veille does not: ${answeredOnlyByMiniSearch}`);
