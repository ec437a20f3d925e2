import { describe, expect, it } from 'vitest';
import { kioskConfig } from './config.js';
import { statusText, ticketIdFromPath, waitText } from './track-status.js';

describe('kiosk configuration from its URL', () => {
  it('defaults to 60 s idle, 20 s on the ticket screen (45 s when nothing printed), no device', () => {
    expect(kioskConfig('')).toEqual({ deviceId: null, idleMs: 60_000, ticketReturnMs: 20_000, unprintedReturnMs: 45_000, idleWarnMs: 10_000 });
  });

  it('reads the device and the times, and keeps them within sane bounds', () => {
    expect(kioskConfig('?device=K01&idle=90&back=10')).toMatchObject({ deviceId: 'K01', idleMs: 90_000, ticketReturnMs: 10_000, unprintedReturnMs: 35_000 });
    expect(kioskConfig('?idle=1').idleMs).toBe(5000);
    expect(kioskConfig('?idle=abc').idleMs).toBe(60_000);
    expect(kioskConfig('?idle=8&back=30')).toMatchObject({ ticketReturnMs: 8000, unprintedReturnMs: 8000 });
    expect(kioskConfig('?device=<script>').deviceId).toBeNull();
  });

  it('takes the hall\'s times where its URL sets none', () => {
    expect(kioskConfig('?device=K01', { kioskIdleSec: 120, kioskTicketReturnSec: 30 })).toMatchObject({ idleMs: 120_000, ticketReturnMs: 30_000, unprintedReturnMs: 55_000 });
    expect(kioskConfig('?idle=90', { kioskIdleSec: 120, kioskTicketReturnSec: 30 })).toMatchObject({ idleMs: 90_000, ticketReturnMs: 30_000 });
  });
});

describe('tracking page texts', () => {
  it('sends a called visitor to the window, in both languages', () => {
    expect(statusText({ status: 'called', windowNumber: 5 })).toMatchObject({ zh: '请到 5 号窗口办理', en: 'Please go to window 5', tone: 'called' });
    expect(statusText({ status: 'no_show', windowNumber: null }).tone).toBe('ended');
  });

  it('gives people ahead and the estimate only while waiting', () => {
    expect(waitText({ status: 'waiting', peopleAhead: 3, estimatedWaitMinutes: 15 })).toEqual({ zh: '前面还有 3 人，预计约 15 分钟', en: '3 people ahead, about 15 min' });
    expect(waitText({ status: 'waiting', peopleAhead: 0, estimatedWaitMinutes: 0 })).toEqual({ zh: '前面还有 0 人，即将叫号', en: 'You are next' });
    expect(waitText({ status: 'waiting', peopleAhead: 4, estimatedWaitMinutes: 20, noServiceToday: true })?.zh).toBe('前面还有 4 人。今日已无窗口办理此业务，请明日再来或到咨询台');
    expect(waitText({ status: 'waiting', peopleAhead: 2, estimatedWaitMinutes: 0 })?.en).toBe('2 people ahead, soon');
    expect(waitText({ status: 'serving', peopleAhead: 0, estimatedWaitMinutes: 0 })).toBeNull();
  });

  it('takes the ticket id from /t/<id> only', () => {
    expect(ticketIdFromPath('/t/k3J9xQ2m_-')).toBe('k3J9xQ2m_-');
    expect(ticketIdFromPath('/t/k3J9xQ2m/')).toBe('k3J9xQ2m');
    expect(ticketIdFromPath('/t/')).toBeNull();
    expect(ticketIdFromPath('/t/a/b')).toBeNull();
  });
});
