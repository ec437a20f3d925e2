import { request } from 'node:http';

export interface SlowRequest {
  /** Sends the rest of the body and resolves with the answer (rejects if the connection was cut). */
  finish(): Promise<{ status: number; body: string; connection: string | undefined }>;
}

/**
 * A POST whose headers and half its body are on the wire, the rest held back: to the server it
 * is a request in flight (headers parsed, onRequest run, handler waiting for the body).
 */
export function slowPost(url: string, path: string, payload: object, headers: Record<string, string> = {}): SlowRequest {
  const body = Buffer.from(JSON.stringify(payload));
  const half = Math.floor(body.length / 2);
  const req = request(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...headers },
  });
  const answer = new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { text += d; });
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text, connection: res.headers.connection }));
      res.once('error', reject);
    });
    req.once('error', reject);
  });
  // Not unhandled if the test never finishes it (the shutdown-timeout case).
  answer.catch(() => undefined);
  req.write(body.subarray(0, half));
  return {
    finish() {
      req.end(body.subarray(half));
      return answer;
    },
  };
}
