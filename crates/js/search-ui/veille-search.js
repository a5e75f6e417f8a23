// <veille-search>: Veille's search box and results, for a page of another
// site (docs/publishing.md, "A search box on another site"). Every site
// `veille site` writes serves this file as search/veille-search.js, beside
// the engine (search/veille_js.js and its wasm); a page adds
//
//   <script type="module" src="https://example.org/veille/search/veille-search.js"></script>
//   <veille-search></veille-search>
//
// and gets a search box whose results link to the site's article pages. The
// data files are the site's own (data/index.bin, data/index-rest.bin),
// found beside this script, fetched when the reader first focuses or types
// in the box. Attributes: `site` (the site's root URL, if the script is
// served from elsewhere), `limit` (results shown, 10), `placeholder`.
// Everything is inserted as text (titles, snippets, matches); the elements
// carry classes (`veille-search-input`, `-status`, `-results`, `-title`,
// `-snippet`, `-more`) for the page's own styles.
import init, { Engine } from './veille_js.js';

const SCRIPT_SITE = new URL('../', import.meta.url);
const engines = new Map();

/** The engine for the site at `root`, loaded once per page. */
function engineFor(root) {
  if (!engines.has(root)) {
    const bytes = async (name) => {
      const response = await fetch(new URL(`data/${name}`, root));
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    };
    engines.set(root, (async () => {
      await init({ module_or_path: new URL('veille_js_bg.wasm', import.meta.url) });
      const [first, rest] = await Promise.all([bytes('index.bin'), bytes('index-rest.bin')]);
      return Engine.fromParts(first, rest);
    })());
  }
  return engines.get(root);
}

/** `text` with the UTF-16 ranges `matches` wrapped in <mark>, as nodes. */
function marked(text, matches) {
  const nodes = [];
  let at = 0;
  for (const { start, end } of matches ?? []) {
    if (start < at) continue;
    if (start > at) nodes.push(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

class VeilleSearch extends HTMLElement {
  connectedCallback() {
    if (this.input) return;
    this.root = new URL(this.getAttribute('site') ?? SCRIPT_SITE, document.baseURI).href.replace(/\/?$/, '/');
    const form = document.createElement('form');
    form.setAttribute('role', 'search');
    form.addEventListener('submit', (e) => { e.preventDefault(); this.update(); });
    this.input = document.createElement('input');
    this.input.type = 'search';
    this.input.className = 'veille-search-input';
    this.input.setAttribute('aria-label', this.getAttribute('label') ?? 'Search the articles');
    this.input.placeholder = this.getAttribute('placeholder') ?? 'Search the articles';
    this.input.addEventListener('focus', () => { engineFor(this.root).catch(() => {}); }, { once: true });
    this.input.addEventListener('input', () => this.update());
    this.status = document.createElement('p');
    this.status.className = 'veille-search-status';
    this.status.setAttribute('role', 'status');
    this.list = document.createElement('ol');
    this.list.className = 'veille-search-results';
    form.append(this.input);
    this.append(form, this.status, this.list);
  }

  async update() {
    const text = this.input.value.trim();
    const asked = (this.asked = (this.asked ?? 0) + 1);
    if (!text) {
      this.status.textContent = '';
      this.list.replaceChildren();
      return;
    }
    let results;
    try {
      const engine = await engineFor(this.root);
      results = engine.search(`q=${encodeURIComponent(text)}`);
    } catch (e) {
      this.status.textContent = `The search is unavailable (${e.message}).`;
      return;
    }
    if (asked !== this.asked) return; // a later keystroke answers instead
    const limit = Number(this.getAttribute('limit') ?? 10);
    this.status.textContent = `${results.total} result${results.total === 1 ? '' : 's'}`;
    const items = results.hits.slice(0, limit).map((hit) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'veille-search-title';
      link.href = new URL(`${hit.permalink.replace(/^\/+|\/+$/g, '')}/`, this.root).href;
      link.append(...marked(hit.title, hit.title_matches));
      const snippet = document.createElement('p');
      snippet.className = 'veille-search-snippet';
      snippet.append(...marked(hit.snippet, hit.snippet_matches));
      li.append(link, snippet);
      return li;
    });
    if (results.total > items.length) {
      const li = document.createElement('li');
      const more = document.createElement('a');
      more.className = 'veille-search-more';
      more.href = `${this.root}?q=${encodeURIComponent(text)}`;
      more.textContent = `All ${results.total} results in the explorer`;
      li.append(more);
      items.push(li);
    }
    this.list.replaceChildren(...items);
  }
}

if (!customElements.get('veille-search')) customElements.define('veille-search', VeilleSearch);
