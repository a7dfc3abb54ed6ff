import { createServer, type Server } from 'node:net';

/** A port another process holds for the test: listening on 127.0.0.1, on a port the system chose. */
export async function holdAPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { port: address.port, server };
}
