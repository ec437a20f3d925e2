/**
 * An admin creates and changes matters (事项) with their checklists and FAQ: checked by the same
 * rules as the hall file, audited before → after (changed fields only), and pushed to kiosks and
 * consoles as a new catalogue version.
 */
import type { Static } from '@sinclair/typebox';
import type { MatterDto } from '../../contract/dto.js';
import type { MatterChange, MatterCreate } from '../../contract/routes-catalog-admin.js';
import type { HallRow } from '../db/catalog-repo.js';
import { materialRowsOf, matterProblems, matterRowOf } from '../db/hall-file.js';
import { parseJson } from '../db/json.js';
import { fail } from '../domain/errors.js';
import type { AdminActor } from './actor.js';
import { matterOf } from './catalog.js';
import { runCommand, type CommandResult, type HallServices } from './context.js';
import { toHallDto } from './dto.js';
import { formsOf } from './matter-forms.js';
import { hallOf } from './views.js';

type MatterInput = Static<typeof MatterCreate>;
type MatterPatch = Static<typeof MatterChange>;

const KEYS = [
  'name', 'nameEn', 'departmentId', 'queueId', 'promisedDays', 'statutoryDays', 'onTheSpot', 'code', 'legalBasis', 'fee', 'feeEn',
  'online', 'handledBy', 'keywords', 'faq', 'jointDepartmentIds', 'materials',
] as const satisfies readonly (keyof MatterInput)[];

/** The matter as an admin writes it, read back from the database; undefined when it is not this hall's. */
function currentOf(s: HallServices, hall: HallRow, id: string): MatterInput | undefined {
  const found = s.catalog.matterWithMaterials(id);
  const dto = matterOf(s, id);
  if (!found || !dto || s.catalog.queue(found.matter.queueId)?.hallId !== hall.id) return undefined;
  const { id: _id, forms: _forms, ...fields } = dto;
  return { ...fields, jointDepartmentIds: parseJson<string[]>(found.matter.jointDepartmentIds) };
}

/** Every problem at once, worded as the hall file's check words them. */
function check(s: HallServices, hall: HallRow, id: string, m: MatterInput): void {
  const deps = new Map<string, { lowVolume: boolean }>();
  for (const depId of [m.departmentId, ...m.jointDepartmentIds]) {
    const dep = s.catalog.department(depId);
    if (dep) deps.set(dep.id, dep);
  }
  const queues = new Map(s.catalog.queuesOf(hall.id).map((q) => [q.id, q]));
  const problems = matterProblems({ id, ...m }, deps, queues);
  if (problems.length > 0) fail('validation-failed', `${problems.length} problem(s):\n${problems.join('\n')}`);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ, each side as a whole (a checklist or FAQ is compared and shown entire). */
function diffOf(before: MatterInput | null, after: MatterInput): { before: Partial<MatterInput> | null; after: Partial<MatterInput> } {
  const changed = KEYS.filter((k) => before === null || !same(before[k], after[k]));
  const pick = (m: MatterInput) => Object.fromEntries(changed.map((k) => [k, m[k]])) satisfies Partial<Record<keyof MatterInput, unknown>>;
  return { before: before && pick(before), after: pick(after) };
}

/** A new matter's id: its queue's id and the next free three-digit number, as the demo numbers them (market-009). */
function newMatterId(s: HallServices, hall: HallRow, queueId: string): { id: string; sort: number } {
  const matters = s.catalog.catalogOf(hall.id).matters;
  const pattern = new RegExp(`^${queueId.replace(/[^A-Za-z0-9]/g, '\\$&')}-(\\d+)$`);
  const taken = matters.map((m) => Number(pattern.exec(m.id)?.[1] ?? 0));
  const next = Math.max(0, ...taken) + 1;
  return { id: `${queueId}-${String(next).padStart(3, '0')}`, sort: Math.max(-1, ...matters.map((m) => m.sort)) + 1 };
}

function saved(s: HallServices, id: string): MatterDto {
  const dto = matterOf(s, id);
  if (!dto) throw new Error(`matter ${id} vanished in its own transaction`);
  return dto;
}

/** Bumps the catalogue version and tells kiosks, screens and consoles to reload it. */
function published(s: HallServices, hall: HallRow, result: MatterDto): CommandResult<MatterDto> {
  s.catalog.updateHall(hall.id, { catalogVersion: hall.catalogVersion + 1 });
  return { result, events: [{ name: 'hall:changed', payload: { hall: toHallDto(hallOf(s)) } }] };
}

export function createMatter(s: HallServices, actor: AdminActor, input: MatterInput): MatterDto {
  return runCommand(s, (now) => {
    const hall = hallOf(s);
    const { id, sort } = newMatterId(s, hall, input.queueId);
    check(s, hall, id, input);
    s.catalog.upsertMatter(matterRowOf({ id, ...input }, sort));
    s.catalog.replaceMaterials(id, materialRowsOf({ id, ...input }));
    s.audit.add({
      hallId: hall.id, at: now, actorId: actor.userId, actorName: actor.name, action: 'matter-created',
      detail: JSON.stringify({ matterId: id, ...diffOf(null, input) }),
    });
    return published(s, hall, saved(s, id));
  });
}

export function changeMatter(s: HallServices, actor: AdminActor, id: string, patch: MatterPatch): MatterDto {
  return runCommand(s, (now) => {
    const hall = hallOf(s);
    const before = currentOf(s, hall, id);
    const row = s.catalog.matter(id);
    if (!before || !row) fail('matter-not-found', `no matter ${id}`);
    const after: MatterInput = { ...before, ...patch };
    check(s, hall, id, after);
    const diff = diffOf(before, after);
    if (Object.keys(diff.after).length === 0) return { result: saved(s, id), events: [] };
    s.catalog.upsertMatter(matterRowOf({ id, ...after }, row.sort));
    let formsDetached: string[] = [];
    if ('materials' in diff.after) {
      s.catalog.replaceMaterials(id, materialRowsOf({ id, ...after }));
      // Forms name their checklist line by position: a line that is gone leaves its form to the matter as a whole.
      formsDetached = formsOf(s).detachPast(id, after.materials.length);
    }
    s.audit.add({
      hallId: hall.id, at: now, actorId: actor.userId, actorName: actor.name, action: 'matter-changed',
      detail: JSON.stringify({ matterId: id, ...diff, ...(formsDetached.length > 0 ? { formsDetached } : {}) }),
    });
    return published(s, hall, saved(s, id));
  });
}
