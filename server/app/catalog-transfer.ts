/**
 * Moving a hall's catalogue between servers as one file in the demo file's format
 * (server/db/seed-data/FORMAT.md): export it whole; import checks everything first, reports every
 * problem and changes nothing unless the whole file is right. Windows and accounts are the
 * hall's own and are not imported; nor is the roster (排班), which belongs to those windows and is
 * edited on /admin → 排班 (the export carries it so a file can seed another hall).
 */
import { parseJson } from '../db/json.js';
import { checkHallData, materialRowsOf, matterRowOf, queueRowOf, type HallFile } from '../db/hall-file.js';
import { fail } from '../domain/errors.js';
import type { AdminActor } from './actor.js';
import { runCommand, type HallServices } from './context.js';
import { toHallDto } from './dto.js';
import { readRosterWeek } from './roster.js';
import { hallOf } from './views.js';

/**
 * The week template as a person would write it: windows with the same spans on the same weekdays
 * share one entry (the demo's whole roster is two), closed cells are left out.
 */
function rosterOfFile(s: HallServices): NonNullable<HallFile['roster']> {
  const entries = new Map<string, { windows: number[]; weekdays: number[]; spans: [string, string][] }>();
  for (const w of readRosterWeek(s).windows) {
    const bySpans = new Map<string, number[]>();
    w.week.forEach((spans, i) => { if (spans.length > 0) bySpans.set(JSON.stringify(spans), [...(bySpans.get(JSON.stringify(spans)) ?? []), i + 1]); });
    for (const [spans, weekdays] of bySpans) {
      const key = `${spans}|${weekdays.join(',')}`;
      const e = entries.get(key) ?? { windows: [], weekdays, spans: w.week[(weekdays[0] ?? 1) - 1] ?? [] };
      e.windows.push(w.number);
      entries.set(key, e);
    }
  }
  return { week: [...entries.values()] };
}

export function exportCatalog(s: HallServices): HallFile {
  const hall = hallOf(s);
  const rows = s.catalog.catalogOf(hall.id);
  const users = s.auth.allUsers();
  const windows = s.windows.ofHall(hall.id);
  const windowNumberOf = new Map(windows.map((w) => [w.id, w.number]));
  return {
    hall: { id: hall.id, name: hall.name, nameEn: hall.nameEn, timeZone: hall.timeZone, notice: hall.notice, code: hall.code },
    departments: rows.departments.map((d) => ({ id: d.id, name: d.name, nameEn: d.nameEn, lowVolume: d.lowVolume, group: d.group })),
    queues: rows.queues.map((q) => ({
      id: q.id, name: q.name, nameEn: q.nameEn, prefix: q.prefix, kind: q.kind, defaultServiceMinutes: q.defaultServiceMinutes,
      dailyCap: q.dailyCap, opensAt: q.opensAt, closesAt: q.closesAt, stopIssuingMin: q.stopIssuingMin, alertWaitMin: q.alertWaitMin,
    })),
    matters: rows.matters.map((m) => ({
      id: m.id, name: m.name, nameEn: m.nameEn, departmentId: m.departmentId, queueId: m.queueId, promisedDays: m.promisedDays, onTheSpot: m.onTheSpot,
      jointDepartmentIds: parseJson<string[]>(m.jointDepartmentIds), keywords: parseJson<string[]>(m.keywords),
      materials: (rows.materials.get(m.id) ?? []).map((x) => ({
        name: x.name, nameEn: x.nameEn, copies: x.copies, form: x.form, notes: x.notes, notesEn: x.notesEn, required: x.required,
        checkStandard: x.checkStandard, checkStandardEn: x.checkStandardEn, shared: x.shared,
      })),
      code: m.code, legalBasis: m.legalBasis, statutoryDays: m.statutoryDays, fee: m.fee, feeEn: m.feeEn, online: m.online, handledBy: m.handledBy,
      faq: parseJson<HallFile['matters'][number]['faq']>(m.faq),
    })),
    windows: windows.map((w) => ({
      number: w.number, name: w.name, nameEn: w.nameEn, queueIds: parseJson<string[]>(w.queueIds), overflowQueueIds: parseJson<string[]>(w.overflowQueueIds),
    })),
    // The file names windows by number; accounts hold the window's id.
    clerks: users.flatMap((u) => {
      const number = u.role === 'clerk' ? windowNumberOf.get(u.defaultWindowId ?? -1) : undefined;
      return number === undefined ? [] : [{ username: u.username, name: u.name, staffNo: u.staffNo, windowNumber: number }];
    }),
    approvers: users.filter((u) => u.role === 'approver' && u.departmentIds !== null)
      .map((u) => ({ username: u.username, name: u.name, staffNo: u.staffNo, departmentIds: parseJson<string[]>(u.departmentIds ?? '[]') })),
    roster: rosterOfFile(s),
  };
}

export interface ImportResult {
  departments: number;
  queues: number;
  matters: number;
  materials: number;
}

/** The file as text: parsed, checked whole, and applied in one transaction or not at all. */
export function importCatalog(s: HallServices, actor: AdminActor, text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    fail('catalog-invalid', `the file is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const checked = checkHallData(raw);
  if (!checked.ok) fail('catalog-invalid', `${checked.problems.length} problem(s):\n${checked.problems.join('\n')}`);
  const data = checked.data;
  const hall = hallOf(s);
  // A prefix already taken by another queue of the hall would break numbering.
  const prefixes = new Map(s.catalog.queuesOf(hall.id).map((q) => [q.prefix, q.id]));
  const clash = data.queues.filter((q) => prefixes.has(q.prefix) && prefixes.get(q.prefix) !== q.id);
  if (clash.length > 0) fail('catalog-invalid', clash.map((q) => `queue ${q.id}: prefix ${q.prefix} is already queue ${prefixes.get(q.prefix) ?? ''}'s`).join('\n'));
  return runCommand(s, (now) => {
    for (const d of data.departments) s.catalog.upsertDepartment(d);
    data.queues.forEach((q, sort) => s.catalog.upsertQueue(queueRowOf(q, hall.id, sort)));
    let materials = 0;
    data.matters.forEach((m, sort) => {
      s.catalog.upsertMatter(matterRowOf(m, sort));
      s.catalog.replaceMaterials(m.id, materialRowsOf(m));
      materials += m.materials.length;
    });
    const result = { departments: data.departments.length, queues: data.queues.length, matters: data.matters.length, materials };
    s.audit.add({ hallId: hall.id, at: now, actorId: actor.userId, actorName: actor.name, action: 'catalog-imported', detail: JSON.stringify(result) });
    s.catalog.updateHall(hall.id, { catalogVersion: hall.catalogVersion + 1 });
    // Screens and kiosks learn of it with the next version (the hall event carries the hall as it is).
    return { result, events: [{ name: 'hall:changed', payload: { hall: toHallDto(hallOf(s)) } }] };
  });
}
