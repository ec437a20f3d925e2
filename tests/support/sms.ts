/** The SMS the recording notifier kept (GET /api/outbox as an admin, as an operator would read them). */
import type { OutboxEntryDto } from '../../contract/routes-outbox.js';
import type { TestServer } from './server.js';

/** Every SMS text to `phone`, oldest first. */
export async function smsTo(server: TestServer, phone: string): Promise<string[]> {
  const admin = await server.login('admin');
  const r = await server.app.inject({ url: '/api/outbox?channel=sms&limit=500', headers: { cookie: admin } });
  return r.json<OutboxEntryDto[]>().filter((e) => e.sms?.to === phone).sort((a, b) => a.id - b.id).map((e) => e.sms?.text ?? '');
}

/** The six digits of the newest one-time code sent to `phone`; throws when none was recorded. */
export async function codeSentTo(server: TestServer, phone: string): Promise<string> {
  const admin = await server.login('admin');
  const r = await server.app.inject({ url: '/api/outbox?channel=sms&limit=500', headers: { cookie: admin } });
  const newest = r.json<OutboxEntryDto[]>().filter((e) => e.type === 'phone.code' && e.sms?.to === phone).sort((a, b) => b.id - a.id)[0];
  const code = /(\d{6})/.exec(newest?.sms?.text ?? '')?.[1];
  if (!code) throw new Error(`no code SMS to ${phone}`);
  return code;
}
