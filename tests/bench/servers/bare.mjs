// A bare node:http server, for the cold-start comparison: answers any request with a tiny
// GraphQL-shaped JSON body. Usage: node bare.mjs <port>
import { createServer } from 'node:http';

const body = Buffer.from('{"data":{"__typename":"Query"}}');
createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) });
    res.end(body);
  });
}).listen(Number(process.argv[2]), '127.0.0.1');
