import type { FastifyInstance } from 'fastify';

/** Pair a kiosk the way an installer does (admin makes a code, the kiosk trades it); returns its `x-device-key`. */
export async function pairKiosk(app: FastifyInstance, deviceId: string, adminCookie?: string): Promise<string> {
  let cookie = adminCookie;
  if (cookie === undefined) {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'demo' } });
    const c = login.cookies.find((x) => x.name === 'hall_sid');
    if (!c) throw new Error(`admin login: ${login.statusCode} ${login.body}`);
    cookie = `${c.name}=${c.value}`;
  }
  const made = await app.inject({ method: 'POST', url: `/api/devices/${deviceId}/pairing-code`, headers: { cookie } });
  if (made.statusCode !== 200) throw new Error(`pairing code for ${deviceId}: ${made.statusCode} ${made.body}`);
  const { code } = made.json<{ code: string }>();
  const paired = await app.inject({ method: 'POST', url: '/api/devices/pair', payload: { deviceId, code } });
  if (paired.statusCode !== 200) throw new Error(`pair ${deviceId}: ${paired.statusCode} ${paired.body}`);
  return paired.json<{ key: string }>().key;
}
