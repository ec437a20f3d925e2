import type { FastifyRequest } from 'fastify';

/**
 * Base of the tracking link printed in a ticket's QR code. From the configured public URL, else
 * from the address this server actually answered on — never from the Host header, which any
 * caller can set and which would then be printed as a link for a visitor's phone to follow.
 */
export function trackBase(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return publicUrl;
  const address = (request.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  const port = request.socket.localPort;
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}${port === undefined ? '' : `:${port}`}`;
}
