import type { FastifyInstance } from 'fastify';

export interface AdminCredentials {
  cookie?: string;
  password?: string;
}

/** A one-time pairing code for the device, made by the admin as on the admin page. */
export async function pairingCode(app: FastifyInstance, deviceId: string, admin: AdminCredentials = {}): Promise<string> {
  let cookie = admin.cookie;
  if (cookie === undefined) {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: admin.password ?? 'demo' } });
    const c = login.cookies.find((x) => x.name === 'hall_sid');
    if (!c) throw new Error(`admin login: ${login.statusCode} ${login.body}`);
    cookie = `${c.name}=${c.value}`;
  }
  const made = await app.inject({ method: 'POST', url: `/api/devices/${deviceId}/pairing-code`, headers: { cookie } });
  if (made.statusCode !== 200) throw new Error(`pairing code for ${deviceId}: ${made.statusCode} ${made.body}`);
  return made.json<{ code: string }>().code;
}

/** Pair a kiosk the way an installer does (admin makes a code, the kiosk trades it); returns its `x-device-key`. */
export async function pairKiosk(app: FastifyInstance, deviceId: string, admin: AdminCredentials = {}): Promise<string> {
  const code = await pairingCode(app, deviceId, admin);
  const paired = await app.inject({ method: 'POST', url: '/api/devices/pair', payload: { deviceId, code } });
  if (paired.statusCode !== 200) throw new Error(`pair ${deviceId}: ${paired.statusCode} ${paired.body}`);
  return paired.json<{ key: string }>().key;
}
