// The floor of doing the work on PostgreSQL: a hand-written node:http handler that runs the
// whole-tree SQL on pg (lib/tree-pg.mjs; a pool as large as the API's, DATABASE_POOL_SIZE's
// default) and JSON.stringifies the tree for every request.
// Usage: node floor-pg.mjs <port> <database URL> <page sizes as JSON, e.g. {"plans":50,...}> [pool size]
import { createServer } from 'node:http';
import pg from 'pg';
import { wholeTreePg } from '../lib/tree-pg.mjs';

const [port, url, firsts, poolSize = '10'] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: Number(poolSize), application_name: 'cdp-bench-floor' });
pool.on('error', (error) => console.error(`floor-pg: idle connection failed: ${error.message}`));
const tree = wholeTreePg(pool, JSON.parse(firsts));

async function answer(res) {
  let text;
  try {
    text = JSON.stringify(await tree()) + '\n'; // Apollo ends its JSON answers with a newline
  } catch (error) {
    console.error(`floor-pg: ${error.message}`);
    res.writeHead(500).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

createServer((req, res) => {
  if (req.method === 'POST') {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        JSON.parse(Buffer.concat(chunks).toString('utf8')); // a request body is read and parsed, as the API does
      } catch {
        res.writeHead(400).end();
        return;
      }
      void answer(res);
    });
  } else void answer(res);
}).listen(Number(port), '127.0.0.1', () => console.log(`floor-pg listening on ${port}`));
