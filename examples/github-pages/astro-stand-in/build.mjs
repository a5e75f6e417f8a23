// Stands in for `astro build --site URL --base PATH` (scripts/test-workflows.sh):
// writes dist/index.html, with a link to the explorer under the base path.
import { mkdirSync, writeFileSync } from 'node:fs';

const arg = (name) => process.argv[process.argv.indexOf(`--${name}`) + 1];
const base = arg('base').replace(/\/+$/, '');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/index.html', `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The site</title>
<link rel="canonical" href="${arg('site')}${base}/"></head>
<body><a href="${base}/explorer/">Explore the articles</a></body></html>
`);
