// Malformed HTTP over raw TCP: request lines, headers, framing and bodies that a normal client
// never sends, and a small parser for whatever comes back.
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { Draw } from './draw';
import type { RawCase } from './http-case';

export interface ParsedResponse {
  status: number;
  headers: Record<string, string>;
  /** Decoded (chunked framing and content-encoding removed), as UTF-8 text. */
  body: string;
}

export interface RawResult {
  responses: ParsedResponse[];
  /** How the connection ended: the server closed it, reset it, or we gave up waiting. */
  end: 'closed' | 'reset' | 'timeout';
  /** Bytes received that do not parse as HTTP responses. */
  garbage?: string;
}

/** Writes the bytes, half-closes, and reads until the server closes (or `timeoutMs`). */
export function sendRaw(port: number, bytes: string, timeoutMs: number): Promise<RawResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let end: RawResult['end'] = 'closed';
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    const timer = setTimeout(() => {
      end = 'timeout';
      socket.destroy();
    }, timeoutMs);
    socket.on('connect', () => {
      socket.write(Buffer.from(bytes, 'latin1'), () => socket.end());
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => socket.end());
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (end !== 'timeout') end = error.code === 'ECONNRESET' || error.code === 'EPIPE' ? 'reset' : 'reset';
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const { responses, garbage } = parseResponses(Buffer.concat(chunks));
      resolve({ responses, end, ...(garbage ? { garbage } : {}) });
    });
  });
}

/** Decodes a body by its content-encoding (gzip, br, deflate); undecodable bodies stay as they are. */
export function decodeBody(body: Buffer, encoding: string | undefined): string {
  try {
    if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
    if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
    if (encoding === 'deflate') return inflateSync(body).toString('utf8');
  } catch {
    return body.toString('latin1');
  }
  return body.toString('utf8');
}

/** Splits a byte stream into HTTP/1.x responses (Content-Length, chunked, or until the end). */
export function parseResponses(data: Buffer): { responses: ParsedResponse[]; garbage?: string } {
  const responses: ParsedResponse[] = [];
  let at = 0;
  while (at < data.length) {
    const headEnd = data.indexOf('\r\n\r\n', at);
    if (headEnd < 0) return { responses, garbage: data.subarray(at).toString('latin1').slice(0, 300) };
    const [statusLine, ...lines] = data.subarray(at, headEnd).toString('latin1').split('\r\n');
    const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
    if (!m) return { responses, garbage: data.subarray(at).toString('latin1').slice(0, 300) };
    const status = Number(m[1]);
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const i = line.indexOf(':');
      if (i > 0) {
        const name = line.slice(0, i).trim().toLowerCase();
        headers[name] = headers[name] === undefined ? line.slice(i + 1).trim() : `${headers[name]}, ${line.slice(i + 1).trim()}`;
      }
    }
    at = headEnd + 4;
    let body: Buffer = Buffer.alloc(0);
    if (status >= 200 && status !== 204 && status !== 304) {
      if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
        const parts: Buffer[] = [];
        for (;;) {
          const lineEnd = data.indexOf('\r\n', at);
          if (lineEnd < 0) break;
          const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
          at = lineEnd + 2;
          if (!size) {
            const trailerEnd = data.indexOf('\r\n', at);
            at = trailerEnd < 0 ? data.length : trailerEnd + 2;
            break;
          }
          parts.push(data.subarray(at, at + size));
          at += size + 2;
        }
        body = Buffer.concat(parts);
      } else if (headers['content-length'] !== undefined) {
        const length = Number(headers['content-length']);
        body = data.subarray(at, at + length);
        at += length;
      } else {
        body = data.subarray(at);
        at = data.length;
      }
    }
    if (status >= 100 && status < 200) continue; // 100 Continue: the real answer follows
    responses.push({ status, headers, body: decodeBody(body, headers['content-encoding']) });
  }
  return { responses };
}

// ---------------------------------------------------------------------------------------------
// Generated malformed requests.

const METHODS = [
  'GET',
  'POST',
  'HEAD',
  'OPTIONS',
  'PUT',
  'DELETE',
  'get',
  'G ET',
  '',
  'GETT',
  'PRI',
  'CONNECT',
  'TRACE',
  'M-SEARCH',
  'ÄÖÜ',
  'GET\x00',
  'X'.repeat(300),
];
const TARGETS = [
  '/',
  '/graphql',
  '/healthz',
  '//',
  '///',
  '//%',
  '//[',
  '/\\',
  '\\',
  '//a:99999/',
  '//@/',
  'http://[/graphql',
  'http://localhost/graphql',
  'http://127.0.0.1:1/healthz',
  'https://x/',
  'http://',
  'http:/x',
  '*',
  '',
  'graphql',
  '/%',
  '/%zz',
  '/%00',
  '/%c0%af',
  '/%ff%fe',
  '/..',
  '/../../etc/passwd',
  '/graphql?query=%',
  '/graphql?query=%7Bplan%7Bid%7D%7D',
  '/graphql?query=%7B',
  '/graphql?%zz=1',
  '/graphql?' + '&'.repeat(5000),
  '/graphql?a=' + 'b'.repeat(9000),
  '/\u00e9',
  '/a b',
  '/a\tb',
  '/#frag',
  '/?',
  '/:',
  '//:/',
  '//[::1]/',
  '//[::1/',
  '//a@b@c/',
  '/' + 'a'.repeat(20000),
  '/' + '/'.repeat(3000),
];
const VERSIONS = [
  'HTTP/1.1',
  'HTTP/1.0',
  'HTTP/0.9',
  '',
  'HTTP/2.0',
  'HTTP/1.1 extra',
  'http/1.1',
  'HTTP/1.10',
  'HTTP/9.9',
  'HTTP/1',
  'HTTP/',
  'HTTPS/1.1',
  'HTTP/1.1\x00',
];
const EOLS = ['\r\n', '\n', '\r', '\r\r\n'];

function requestLine(r: Draw): { text: string; family: string } {
  const method = r.pick(METHODS);
  const target = r.pick(TARGETS);
  const version = r.pick(VERSIONS);
  const sp = r.pick([' ', ' ', '  ', '\t', '']);
  const noVersion = r.chance(0.1);
  return { text: noVersion ? `${method}${sp}${target}` : `${method}${sp}${target}${sp}${version}`, family: 'request line' };
}

function headerBlock(r: Draw, eol: string): string {
  const lines: string[] = [];
  if (r.chance(0.9)) lines.push('Host: 127.0.0.1');
  for (let n = r.int(0, 3); n > 0; n--) {
    lines.push(
      r.pick([
        'Content-Type: application/json',
        'Apollo-Require-Preflight: true',
        'Connection: close',
        'Connection: keep-alive, Upgrade',
        'Upgrade: websocket',
        'Upgrade: h2c',
        'Expect: 100-continue',
        'Expect: x',
        'Host: 127.0.0.1',
        'Host: ',
        'Host: [',
        'Host: a b',
        'Host: //',
        'Host: evil.example:99999',
        'Bad Name: x',
        'x\x00: y',
        ': empty-name',
        'NoColon',
        ' folded: x',
        'X-Folded: a\r\n b',
        `X-Big: ${'a'.repeat(r.pick([100, 9000, 20000, 80000]))}`,
        'X-Nul: a\x00b',
        'X-Ctl: a\x01\x7fb',
        'X-Latin: \xe9\xff',
        'Authorization: Bearer \xff\xfe',
        'Authorization: Bearer cdp_aaaaaaaaaa_' + 'A'.repeat(43),
        'Accept: application/graphql-response+json',
        'Accept-Encoding: gzip',
        'Accept-Encoding: br',
        'Content-Encoding: gzip',
        'Content-Encoding: x',
        'Cookie: ' + 'a=b; '.repeat(1000),
        'X-Forwarded-For: 1.2.3.4',
        'X-Forwarded-Proto: gopher',
        'X-Request-Id: \xe9\xe9',
        'If-None-Match: *',
        'Origin: http://evil.example',
        'Transfer-Encoding: chunked',
        'Transfer-Encoding: identity',
        'Transfer-Encoding: gzip, chunked',
        'Transfer-Encoding: chunked, gzip',
        'Transfer-Encoding: xchunked',
        'Transfer-Encoding:  chunked',
        'Content-Length: 0',
        'Content-Length: -1',
        'Content-Length: abc',
        'Content-Length: 1e3',
        'Content-Length: +5',
        'Content-Length:  5',
        'Content-Length: 99999999999999999999',
        'Content-Length: 5, 5',
        'Content-Length: 5, 6',
      ]),
    );
  }
  if (r.chance(0.05)) for (let i = 0; i < r.pick([150, 2000]); i++) lines.push(`X-H${i}: v`);
  return lines.map((l) => l + eol).join('');
}

/** A POST to /graphql with some framing and body. */
function bodyRequest(r: Draw): { text: string; family: string } {
  const query = '{"query":"{ plan { title } }"}';
  const body = r.pick([
    query,
    '{"query":"{ plan { title } }"',
    '\xff\xfe\xfd',
    '{"query":"\xc0\xaf"}',
    '{"query":"\xed\xa0\x80"}',
    '{"query":"{ agency(name: \\"\xe9\\") { id } }"}',
    `{"query":"{ plan { title } }","variables":${'['.repeat(20000)}${']'.repeat(20000)}}`,
    `${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}`,
    `{"query":"{ actions(first: ${'9'.repeat(5000)}) { totalCount } }"}`,
    `{"query":"query($f:Int!){ actions(first:$f){ totalCount } }","variables":{"f":1${'0'.repeat(400)}}}`,
    `{"query":"query($f:Int!){ actions(first:$f){ totalCount } }","variables":{"f":1e999999}}`,
    `{"query":"{ plan { title } }","variables":{"x":-${'9'.repeat(10000)}.5e-99999}}`,
    '\xef\xbb\xbf' + query,
    'query={plan{title}}',
    '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ plan { id } }"}\r\n--x--',
    '',
    'x'.repeat(300000),
    `{"query":"${'a'.repeat(300000)}"}`,
  ]);
  const bytes = Buffer.byteLength(body, 'latin1');
  const contentType = r.pick([
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/graphql',
    '',
    'application/json; charset=utf-16',
  ]);
  const framing = r.weighted<{ headers: string[]; payload: string; family: string }>([
    [4, () => ({ headers: [`Content-Length: ${bytes}`], payload: body, family: 'body' })],
    [1, () => ({ headers: [`Content-Length: ${bytes + r.pick([1, 10, 1000])}`], payload: body, family: 'body shorter than Content-Length' })],
    [
      1,
      () => ({
        headers: [`Content-Length: ${Math.max(0, bytes - r.pick([1, 5, 20]))}`],
        payload: body + r.pick(['', 'GET / HTTP/1.1\r\n\r\n', 'garbage']),
        family: 'body longer than Content-Length',
      }),
    ],
    [1, () => ({ headers: [`Content-Length: ${bytes}`, `Content-Length: ${bytes + 1}`], payload: body, family: 'duplicate Content-Length' })],
    [1, () => ({ headers: [`Content-Length: ${bytes}`, `Content-Length: ${bytes}`], payload: body, family: 'duplicate Content-Length' })],
    [
      1,
      () => ({
        headers: ['Transfer-Encoding: chunked', `Content-Length: ${bytes}`],
        payload: `${bytes.toString(16)}\r\n${body}\r\n0\r\n\r\n`,
        family: 'Transfer-Encoding with Content-Length',
      }),
    ],
    [2, () => ({ headers: ['Transfer-Encoding: chunked'], payload: `${bytes.toString(16)}\r\n${body}\r\n0\r\n\r\n`, family: 'chunked' })],
    [
      2,
      () => ({
        headers: ['Transfer-Encoding: chunked'],
        payload: r.pick([
          `zz\r\n${body}\r\n0\r\n\r\n`,
          `-1\r\n${body}\r\n0\r\n\r\n`,
          `ffffffffffffffffff\r\n${body}\r\n0\r\n\r\n`,
          `${bytes.toString(16)};ext=${'x'.repeat(5000)}\r\n${body}\r\n0\r\n\r\n`,
          `${bytes.toString(16)}\r\n${body}`,
          `${(bytes + 5).toString(16)}\r\n${body}\r\n0\r\n\r\n`,
          `${bytes.toString(16)}\n${body}\n0\n\n`,
          `${bytes.toString(16)} \r\n${body}\r\n0\r\n\r\n`,
          `0\r\nX-Trailer: ${'a'.repeat(20000)}\r\n\r\n`,
          `1\r\n{\r\n`.repeat(3000) + '0\r\n\r\n',
        ]),
        family: 'bad chunks',
      }),
    ],
    [1, () => ({ headers: ['Transfer-Encoding: gzip'], payload: body, family: 'Transfer-Encoding other than chunked' })],
    [1, () => ({ headers: ['Content-Encoding: gzip', `Content-Length: ${bytes}`], payload: body, family: 'Content-Encoding not gzip' })],
    [1, () => ({ headers: ['Expect: 100-continue', `Content-Length: ${bytes}`], payload: body, family: 'Expect 100-continue' })],
    [1, () => ({ headers: [], payload: body, family: 'body without length' })],
  ]);
  const headers = ['Host: 127.0.0.1', ...(contentType ? [`Content-Type: ${contentType}`] : []), ...framing.headers];
  return { text: `POST /graphql HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n${framing.payload}`, family: framing.family };
}

/** Malformed requests over raw TCP, plus a few well-formed ones that must be answered. */
export function rawCase(): fc.Arbitrary<RawCase> {
  return fc.gen().map((g): RawCase => {
    const r = new Draw(g);
    return r.weighted<RawCase>([
      [
        1,
        () => ({
          kind: 'raw',
          family: 'well-formed',
          wellFormed: true,
          bytes: r.pick([
            'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
            'GET /healthz HTTP/1.0\r\n\r\n',
            'GET /nope HTTP/1.1\r\nHost: x\r\n\r\n',
          ]),
        }),
      ],
      [
        5,
        () => {
          const eol = r.pick(EOLS);
          const line = requestLine(r);
          return { kind: 'raw', family: line.family, bytes: `${line.text}${eol}${headerBlock(r, eol)}${eol}` };
        },
      ],
      [
        3,
        () => {
          const eol = r.chance(0.8) ? '\r\n' : r.pick(EOLS);
          return {
            kind: 'raw',
            family: 'headers',
            bytes: `${r.pick(['GET /healthz', 'GET /graphql?query=%7Bplan%7Bid%7D%7D', 'POST /graphql', 'GET /', 'OPTIONS /graphql'])} HTTP/1.1${eol}${headerBlock(r, eol)}${eol}`,
          };
        },
      ],
      [
        4,
        () => {
          const request = bodyRequest(r);
          return { kind: 'raw', family: request.family, bytes: request.text };
        },
      ],
      [
        1,
        () => ({
          kind: 'raw',
          family: 'not HTTP',
          bytes: r.pick([
            '',
            '\r\n',
            '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03',
            'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
            '\x00'.repeat(100),
            'GET',
            '\r\n'.repeat(5000),
            r.text('latin1', 200),
            'GET / HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(50),
          ]),
        }),
      ],
    ]);
  });
}
