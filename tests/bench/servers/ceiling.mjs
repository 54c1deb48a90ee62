// The ceiling: a plain node:http server that answers every POST or GET with the identical bytes
// of the API's whole-tree response (read once from a file), with the same content-type.
// Usage: node ceiling.mjs <port> <body file> <content-type>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port, file, contentType] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { 'content-type': contentType, 'content-length': String(body.length) };

createServer((req, res) => {
  const answer = () => {
    res.writeHead(200, headers);
    res.end(body);
  };
  if (req.method === 'POST') {
    req.on('data', () => {});
    req.on('end', answer);
  } else answer();
}).listen(Number(port), '127.0.0.1', () => console.log(`ceiling listening on ${port}`));
