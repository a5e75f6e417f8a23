// A stand-in for the internet, for the network benchmark: the published
// articles hot-link images on their publishers' hosts, which this closed
// network cannot reach. Without a stand-in every such image fails at once
// (a console error that Lighthouse's "best practices" counts, and no image
// bytes at all, which flatters the figures). With it, Chromium resolves
// every host but the site's to one local HTTPS server (a self-signed
// certificate made here with openssl, accepted with
// --ignore-certificate-errors), which answers every path with the same
// image: a PNG of STANDIN_WIDTH × STANDIN_HEIGHT pixels whose size is
// printed with the figures. The requests go through the same throttling as
// the site's, so the images cost what that PNG weighs (about 60 kB: the
// order of a publisher's article image).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const WIDTH = Number(process.env.STANDIN_WIDTH ?? 1200);
const HEIGHT = Number(process.env.STANDIN_HEIGHT ?? 675);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** A grey PNG of `width` × `height`: a gradient, every sixteenth row noise
 *  (deterministic), so that it weighs about what a photograph would. */
export function standInPng(width = WIDTH, height = HEIGHT) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((width + 1) * height);
  let seed = 42;
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1);
    raw[row] = 0; // no filter
    for (let x = 0; x < width; x++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      raw[row + 1 + x] = y % 16 === 0 ? seed & 0xff : (x * 255) / width;
    }
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Starts the stand-in on a free port of 127.0.0.1. Gives `{ port, bytes,
 *  flags, stop }`: `flags` are Chromium's switches that send every other
 *  host to it (`site` excluded: `127.0.0.1`). */
export async function startOffsite() {
  const dir = mkdtempSync(join(tmpdir(), 'veille-offsite-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', '/CN=offsite.invalid'], { stdio: 'ignore' });
  const png = standInPng();
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length, 'cache-control': 'max-age=3600' });
    res.end(req.method === 'HEAD' ? undefined : png);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    bytes: png.length,
    flags: [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE 127.0.0.1`, '--ignore-certificate-errors'],
    stop: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => { rmSync(dir, { recursive: true, force: true }); resolve(); });
    }),
  };
}
