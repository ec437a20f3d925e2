/**
 * A network receipt printer for tests: a real TCP server on 127.0.0.1 that keeps the bytes
 * of each connection and answers real-time status requests (DLE EOT n) like an Epson does.
 */
import net from 'node:net';

export type FakePrinterMode =
  /** Reads everything, answers status requests with "paper present". */
  | 'ok'
  /** Accepts connections but never reads, so the client's data sits unacknowledged. */
  | 'stall'
  /** Reads everything, answers DLE EOT 4 with "roll paper end detected". */
  | 'paper-out';

export interface FakePrinter {
  url: string;
  port: number;
  /** Bytes of each finished connection that sent any; bare connect probes are not receipts. */
  receipts(): Buffer[];
  /** Next receipt not yet returned by an earlier call, waiting for it if needed. */
  waitForReceipt(timeoutMs: number): Promise<Buffer>;
  /** Connections the printer side still holds open (a stalled printer never notices a close). */
  openConnections(): number;
  close(): Promise<void>;
}

const DLE = 0x10;
const EOT = 0x04;

/** Fixed bits 1 and 4 set, nothing wrong: what an idle Epson returns. */
const STATUS_OK = 0x12;
/** DLE EOT 4 with bits 5-6 (roll paper end) set. */
const STATUS_PAPER_END = 0x72;

export async function startFakePrinter(opts?: { mode?: FakePrinterMode }): Promise<FakePrinter> {
  const mode = opts?.mode ?? 'ok';
  const finished: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  let delivered = 0;
  let wake: (() => void) | null = null;

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A client destroyed mid-write resets the connection; that is the client's business.
    socket.on('error', () => {});

    if (mode === 'stall') {
      socket.pause();
      return;
    }

    const chunks: Buffer[] = [];
    let received = Buffer.alloc(0);
    let scanned = 0;
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      received = Buffer.concat([received, chunk]);
      // Real printers pick DLE EOT out of the stream as it arrives, whatever precedes it.
      for (; scanned + 2 < received.length; scanned++) {
        if (received[scanned] !== DLE || received[scanned + 1] !== EOT) continue;
        const n = received[scanned + 2];
        socket.write(Buffer.from([mode === 'paper-out' && n === 4 ? STATUS_PAPER_END : STATUS_OK]));
        scanned += 2;
      }
    });
    socket.on('close', () => {
      const bytes = Buffer.concat(chunks);
      if (bytes.length === 0) return;
      finished.push(bytes);
      wake?.();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake printer: no TCP address');
  const port = address.port;

  return {
    url: `tcp://127.0.0.1:${port}`,
    port,
    receipts: () => finished.map((b) => Buffer.from(b)),
    openConnections: () => sockets.size,
    waitForReceipt(timeoutMs: number): Promise<Buffer> {
      return new Promise((resolve, reject) => {
        const take = (): boolean => {
          const next = finished[delivered];
          if (next === undefined) return false;
          delivered += 1;
          resolve(Buffer.from(next));
          return true;
        };
        if (take()) return;
        const timer = setTimeout(() => {
          wake = null;
          reject(new Error(`fake printer: no receipt within ${timeoutMs} ms`));
        }, timeoutMs);
        wake = () => {
          if (!take()) return;
          clearTimeout(timer);
          wake = null;
        };
      });
    },
    close(): Promise<void> {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A tcp:// URL on which nothing listens: the "printer switched off" case. */
export async function closedPrinterUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('closedPrinterUrl: no TCP address');
  return `tcp://127.0.0.1:${address.port}`;
}
