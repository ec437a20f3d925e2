/**
 * The supervisors' live board (/admin): every queue's line and pace, every window's state and
 * current service, and what needs attention now. Pushed to the overseers' socket room after
 * each hall change (server/realtime/live-push.ts); GET /api/live gives the same on demand.
 */
import type { Static } from '@sinclair/typebox';
import { windowsServingQueue } from '../../common/windows.js';
import type { LiveBoard } from '../../contract/routes-supervision.js';
import { queuesOfWindow } from '../db/windows-repo.js';
import { isOverdue } from '../domain/rectification.js';
import type { HallServices } from './context.js';
import { iso } from './dto.js';
import { CLOCK_RUNNING } from '../domain/case.js';
import { rosterOnBoard } from './roster-live.js';
import { newTicketEstimates } from './estimates.js';
import { estimateFor, hallOf, openWindowsFor, today } from './views.js';

export type LiveBoardDto = Static<typeof LiveBoard>;
type Alert = LiveBoardDto['alerts'][number];

const MIN = 60_000;
/** A pause longer than this shows as an alert (a meal break is planned in the roster, not paused). */
export const PAUSE_ALERT_MIN = 30;

export function liveBoard(s: HallServices): LiveBoardDto {
  const hall = hallOf(s);
  const now = s.clock();
  const day = today(s, hall, now);
  const windows = s.windows.ofHall(hall.id);
  const clerks = s.windows.users(windows.flatMap((w) => (w.clerkId === null ? [] : [w.clerkId])));
  const current = new Map(s.tickets.currentOfWindows(windows.map((w) => w.id)).map((t) => [t.windowId, t]));
  const alerts: Alert[] = [];
  // The kiosk's own rule (the forward replay); where no window will serve today, the plain rule's figure.
  const forward = s.estimator.rule === 'forward' ? newTicketEstimates(s, hall, day, now) : new Map<string, number | null>();
  const queues = s.catalog.queuesOf(hall.id).map((q) => {
    const waiting = s.tickets.waitingInQueue(hall.id, day, q.id);
    const longest = waiting.reduce((m, t) => Math.max(m, now - t.issuedAt), 0);
    const open = openWindowsFor(windows, q.id);
    // What a plain ticket taken now would be told: everyone waiting is ahead of it.
    const estimate = forward.get(q.id) ?? estimateFor(s, hall, q.id, day, waiting.length);
    // A queue may set its own threshold (a long-service queue waits longer); otherwise the hall's.
    if (waiting.length > 0 && longest > (q.alertWaitMin ?? hall.maxWaitMin) * MIN) {
      alerts.push({ kind: 'long-wait', text: `${q.name}最长已等 ${Math.floor(longest / MIN)} 分钟`, textEn: `${q.nameEn}: longest wait ${Math.floor(longest / MIN)} min`, queueId: q.id });
    }
    const covered = windows.filter((w) => w.state === 'open').map((w) => ({ number: w.number, queueIds: [...queuesOfWindow(w).queueIds, ...queuesOfWindow(w).overflowQueueIds] }));
    if (waiting.length > 0 && windowsServingQueue(covered, q.id).length === 0) {
      alerts.push({ kind: 'no-open-window', text: `${q.name}有 ${waiting.length} 人等候，但没有开放的窗口`, textEn: `${q.nameEn}: ${waiting.length} waiting, no open window`, queueId: q.id });
    }
    return {
      queueId: q.id, name: q.name, nameEn: q.nameEn, prefix: q.prefix, kind: q.kind, waiting: waiting.length,
      longestWaitMin: Math.floor(longest / MIN), estimateMin: estimate, issuedToday: s.tickets.issuedToday(q.id, day),
      servedToday: s.supervision.servedToday(q.id, day), openWindows: open,
    };
  });
  for (const w of windows) {
    if (w.state === 'paused' && w.pausedAt !== null && now - w.pausedAt > PAUSE_ALERT_MIN * MIN) {
      const min = Math.floor((now - w.pausedAt) / MIN);
      alerts.push({ kind: 'window-paused-long', text: `${w.name}已暂停 ${min} 分钟`, textEn: `${w.nameEn}: paused ${min} min`, queueId: null });
    }
  }
  for (const d of s.devices.ofHall(hall.id)) {
    if (d.printerUrl && (d.printerStatus === 'offline' || d.printerStatus === 'error')) {
      alerts.push({ kind: 'printer-offline', text: `${d.name} 打印机离线`, textEn: `${d.name}: printer offline`, queueId: null });
    }
  }
  // Overdue as urgencyOf says it (clock running, past the due day), counted by the index: the board is rebuilt after every burst of changes.
  const overdueCases = s.cases.countDueBefore(hall.id, CLOCK_RUNNING, day);
  if (overdueCases > 0) alerts.push({ kind: 'cases-overdue', text: `${overdueCases} 件办件已超期`, textEn: `${overdueCases} cases overdue`, queueId: null });
  const overdueItems = s.ratings.items(hall.id, ['open', 'verified', 'contacted', 'rectified', 'explained', 'appealed']).filter((r) => isOverdue(r, day)).length;
  if (overdueItems > 0) alerts.push({ kind: 'rectifications-overdue', text: `${overdueItems} 项整改已超期`, textEn: `${overdueItems} follow-ups overdue`, queueId: null });
  const roster = rosterOnBoard(s, hall, day, now, windows);
  alerts.push(...roster.alerts);
  return {
    serviceDay: day, at: iso(now), queues, alerts,
    windows: windows.map((w) => {
      const t = current.get(w.id);
      const since = t ? (t.status === 'serving' ? t.startedAt : t.calledAt) : null;
      return {
        windowId: w.id, number: w.number, name: w.name, state: w.state, clerk: w.clerkId === null ? null : clerks.get(w.clerkId)?.name ?? null,
        current: t?.number ?? null, currentStatus: t?.status ?? null, currentForMin: since === null ? null : Math.floor((now - since) / MIN),
        pauseReason: w.state === 'paused' ? w.pauseReason : null, pausedForMin: w.state === 'paused' && w.pausedAt !== null ? Math.floor((now - w.pausedAt) / MIN) : null,
        ...(roster.planned.get(w.id) ?? { plannedSpans: [], plannedOpenNow: false }),
      };
    }),
  };
}

