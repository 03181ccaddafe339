import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';

/**
 * What a load balancer without sticky sessions does, in a few lines: each request goes to the next
 * gateway in turn, whoever signed the person in. A gateway that refuses the connection (stopped) is
 * skipped and the request goes to the next, as a balancer's health check would take it out.
 */
export interface RoundRobinProxy {
  origin: string;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(port: number, gatewayPorts: readonly number[]): Promise<RoundRobinProxy> {
  let next = 0;
  const server: Server = createServer((incoming, answer) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const forward = (index: number, triesLeft: number) => {
        const target = gatewayPorts[index % gatewayPorts.length]!;
        // A new connection per request (no keep-alive), so a stopped gateway's old sockets are never reused.
        const outgoing = request(
          { host: '127.0.0.1', port: target, method: incoming.method, path: incoming.url, headers: incoming.headers as IncomingHttpHeaders, agent: false },
          (response) => {
            answer.writeHead(response.statusCode ?? 502, response.headers);
            response.pipe(answer);
          },
        );
        outgoing.on('error', (error: NodeJS.ErrnoException) => {
          // Refused: nothing reached that gateway, so the next one may safely take the request.
          if (error.code === 'ECONNREFUSED' && triesLeft > 1) return forward(index + 1, triesLeft - 1);
          answer.writeHead(502).end();
        });
        outgoing.end(body);
      };
      forward(next++, gatewayPorts.length);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
