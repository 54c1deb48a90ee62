// Graceful shutdown: on SIGTERM (and SIGINT) the server stops accepting connections, finishes the
// requests in flight (up to SHUTDOWN_GRACE_MS), closes the database and exits 0.
import { connect, Socket } from 'node:net';
import { startServer, TestServer } from '../support/server';

function exitOf(server: TestServer): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (server.process.exitCode !== null) return Promise.resolve({ code: server.process.exitCode, signal: null });
  return new Promise((resolve) => server.process.once('exit', (code, signal) => resolve({ code, signal })));
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

function answerOf(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (data += d));
    socket.on('end', () => resolve(data));
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(['SIGTERM', 'SIGINT'] as const)('%s', (signal) => {
  test('a request in flight completes with 200, a new connection is refused, the process exits 0', async () => {
    const server = await startServer({ env: { SHUTDOWN_GRACE_MS: '10000' } });
    const port = Number(new URL(server.origin).port);
    try {
      // In flight: the headers and half the body sent, the rest after the signal.
      const body = JSON.stringify({ query: '{ plan { title } }' });
      const half = Math.floor(body.length / 2);
      const socket = await open(port);
      const answer = answerOf(socket);
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`,
      );
      await sleep(200);

      const exited = exitOf(server);
      server.process.kill(signal);
      // The listening socket closes first: a new connection is refused (ECONNREFUSED).
      let refused: unknown = null;
      for (let i = 0; i < 50 && !refused; i++) {
        await sleep(50);
        refused = await open(port).then(
          (s) => {
            s.destroy();
            return null;
          },
          (e: NodeJS.ErrnoException) => e,
        );
      }
      expect((refused as NodeJS.ErrnoException | null)?.code).toBe('ECONNREFUSED');
      expect(server.process.exitCode).toBeNull(); // still finishing the request in flight

      socket.write(body.slice(half));
      const text = await answer;
      expect(text).toMatch(/^HTTP\/1\.1 200 /);
      expect(text).toContain('"title":"Annual Delivery Plan 2024-2025"');
      expect(text).toMatch(/\r\nconnection: close\r\n/i);

      // Exits once the last request is answered, not when the grace period runs out.
      const answered = Date.now();
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - answered).toBeLessThan(5000);
      expect(server.output()).not.toMatch(/\n\s+at /);
    } finally {
      await server.kill();
    }
  });
});

test('a request still running after SHUTDOWN_GRACE_MS is cut off, and the process still exits 0', async () => {
  const server = await startServer({ env: { SHUTDOWN_GRACE_MS: '300' } });
  const port = Number(new URL(server.origin).port);
  try {
    const socket = await open(port);
    const answer = answerOf(socket);
    socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    await sleep(200);
    const exited = exitOf(server);
    const signalled = Date.now();
    server.process.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(5000);
    await answer; // the connection was closed
  } finally {
    await server.kill();
  }
});
