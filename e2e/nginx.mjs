// Debian's nginx serving a published site with the repository's
// configuration (deploy/nginx-veille.conf, which the README shows), as the
// current user, from a temporary prefix, in the foreground: for
// e2e/hosting.test.mjs and the network benchmark (e2e/bench/network.mjs).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CONF = new URL('../deploy/nginx-veille.conf', import.meta.url).pathname;
export const README = new URL('../README.md', import.meta.url).pathname;
const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const BROTLI_MODULE = process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const ROOT_LINE = 'root /srv/www/veille;';

/** A port nobody listens on now (the system picks it). */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/** The repository's configuration for a site in `root`. */
export function siteConf(root) {
  const conf = readFileSync(CONF, 'utf8');
  if (conf.split(ROOT_LINE).length !== 2) throw new Error(`${CONF} must hold the line \`${ROOT_LINE}\` once`);
  return conf.replace(ROOT_LINE, `root ${root};`);
}

/** Starts nginx on `root` (a published site) at 127.0.0.1:`port` (a free
 *  one unless given); resolves once it answers. Gives `{ origin, stop }`. */
export async function startNginx(root, { port } = {}) {
  port ??= await freePort();
  const origin = `http://127.0.0.1:${port}`;
  if (await fetch(`${origin}/`).then(() => true, () => false)) throw new Error(`${origin} is already taken by another server`);
  const prefix = mkdtempSync(join(tmpdir(), 'veille-nginx-'));
  mkdirSync(join(prefix, 'tmp'));
  writeFileSync(join(prefix, 'site.conf'), siteConf(root));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/tmp;`).join('\n');
  // Debian's /etc/nginx/nginx.conf, reduced to what a site needs. As root
  // (CI), nginx would run its workers as nobody, who cannot read a site in
  // a private temporary folder: they stay root, as the tests' own servers do.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(join(prefix, 'nginx.conf'), `daemon off;
${user}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
load_module ${BROTLI_MODULE};
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  access_log off;
${temp}
  server {
    listen 127.0.0.1:${port};
    include ${prefix}/site.conf;
  }
}
`);
  const args = ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')];
  const nginx = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (d) => { stderr += d; });
  const log = () => { try { return readFileSync(join(prefix, 'error.log'), 'utf8'); } catch { return ''; } };
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with code ${nginx.exitCode}: ${stderr}${log()}`);
    if (await fetch(`${origin}/`).then(() => true, () => false)) {
      const stop = async () => {
        if (nginx.exitCode === null) {
          const exited = new Promise((r) => nginx.once('exit', r));
          nginx.kill('SIGQUIT');
          await exited;
        }
        rmSync(prefix, { recursive: true, force: true });
      };
      return { origin, port, stop, log };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  nginx.kill();
  throw new Error(`nginx did not answer at ${origin}: ${stderr}${log()}`);
}
