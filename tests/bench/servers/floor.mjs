// The floor of doing the work on SQLite: a hand-written node:http handler that runs the whole-tree SQL on
// better-sqlite3 (the API's pragmas) and JSON.stringifies the tree for every request.
// Usage: node floor.mjs <port> <database file> <page sizes as JSON, e.g. {"plans":50,...}>
import { createServer } from 'node:http';
import { openDatabase, wholeTree } from '../lib/tree.mjs';

const [port, file, firsts] = process.argv.slice(2);
const db = openDatabase(file);
const tree = wholeTree(db, JSON.parse(firsts));

function answer(res) {
  const text = JSON.stringify(tree()) + '\n'; // Apollo ends its JSON answers with a newline
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
      answer(res);
    });
  } else answer(res);
}).listen(Number(port), '127.0.0.1', () => console.log(`floor listening on ${port}`));
