/**
 * server/sim/scenarios/small.json: a short morning with overflow, green channel, no-shows,
 * refusals, a break, windows closing early and a visitor after every span. The simulator must honour the scenario
 * and its summary must be what tickets.csv says.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DayResult } from '../../server/sim/simulate.js';
import { csvRecords, minutesBetween, runScenario } from './support.js';

const raw: { visitors: { serviceMinutes: number; matterId?: string; queueId?: string }[] } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../server/sim/scenarios/small.json'), 'utf8'));
let first: { day: DayResult; files: Map<string, string> };
let rows: Record<string, string>[];

beforeAll(async () => {
  first = await runScenario(raw);
  rows = csvRecords(first.files.get('tickets.csv') ?? '');
});

const round = (x: number, p: number) => Math.round(x * 10 ** p) / 10 ** p;

describe('the small morning', () => {
  it('gives the same files twice, byte for byte', async () => {
    const again = await runScenario(raw);
    for (const name of ['tickets.csv', 'summary.json', 'report.html']) expect(again.files.get(name), name).toBe(first.files.get(name));
  });

  it('honours the scenario: a row per visitor, exact service times, one visitor per window at a time, no call before issue, refusals with codes', () => {
    expect(rows.map((r) => r.visitor)).toEqual(raw.visitors.map((_, i) => String(i)));
    for (const r of rows) {
      const v = raw.visitors[Number(r.visitor)];
      if (r.number === '') { expect(r.refusal).toMatch(/^[a-z-]+$/); continue; }
      expect(r.refusal).toBe('');
      if (r.firstCalledAt) expect(Date.parse(r.firstCalledAt)).toBeGreaterThanOrEqual(Date.parse(r.issuedAt ?? ''));
      if (r.status === 'done') expect(minutesBetween(r.startedAt ?? '', r.finishedAt ?? '')).toBe(v?.serviceMinutes);
    }
    expect(rows.filter((r) => r.refusal).map((r) => r.refusal)).toEqual(['matter-elsewhere', 'matter-not-found', 'queue-not-found']);
    const byWindow = new Map<string, [number, number][]>();
    for (const r of rows.filter((x) => x.status === 'done')) {
      const list = byWindow.get(r.windowNumber ?? '') ?? [];
      list.push([Date.parse(r.startedAt ?? ''), Date.parse(r.finishedAt ?? '')]);
      byWindow.set(r.windowNumber ?? '', list);
    }
    for (const list of byWindow.values()) {
      list.sort((a, b) => a[0] - b[0]);
      list.forEach(([start], i) => { if (i > 0) expect(start).toBeGreaterThanOrEqual(list[i - 1]?.[1] ?? 0); });
    }
    expect(rows.filter((r) => r.status === 'no_show').length).toBe(2);
  });

  it('has a summary that tickets.csv recomputes', () => {
    const summary = first.day.summary;
    const issued = rows.filter((r) => r.number !== '');
    expect(summary.run).toMatchObject({ visitors: rows.length, issued: issued.length, refusals: rows.length - issued.length });
    const queueIds = [...new Set(issued.map((r) => r.queueId ?? ''))];
    expect(Object.keys(summary.queues).sort()).toEqual(queueIds.sort());
    for (const q of queueIds) {
      const mine = issued.filter((r) => r.queueId === q);
      const called = mine.filter((r) => r.firstCalledAt !== '');
      const waits = called.map((r) => minutesBetween(r.issuedAt ?? '', r.firstCalledAt ?? '')).sort((a, b) => a - b);
      const sumWait = waits.reduce((a, b) => a + b, 0);
      const sumErr = called.reduce((a, r) => a + Math.abs(Number(r.estimatedWaitMinutes) - minutesBetween(r.issuedAt ?? '', r.firstCalledAt ?? '')), 0);
      expect(summary.queues[q], q).toEqual({
        visitors: mine.length, served: mine.filter((r) => r.status === 'done').length,
        waitMeanMin: round(sumWait / waits.length, 2), waitP90Min: round(waits[Math.ceil(0.9 * waits.length) - 1] ?? NaN, 2),
        waitMaxMin: round(waits[waits.length - 1] ?? NaN, 2), estimateRelativeMAE: round(sumErr / sumWait, 4),
      });
    }
    for (const [n, w] of Object.entries(summary.windows)) {
      const serving = rows.filter((r) => r.status === 'done' && r.windowNumber === n).reduce((a, r) => a + minutesBetween(r.startedAt ?? '', r.finishedAt ?? ''), 0);
      expect(w.servingMinutes, `window ${n}`).toBe(round(serving, 2));
      expect(w.busyShare, `window ${n}`).toBeCloseTo(serving / w.openMinutes, 3);
    }
  });
});
