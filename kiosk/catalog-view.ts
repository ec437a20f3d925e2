/** Views of the catalogue the screens draw: tiles, departments of a window type, windows serving a queue. */
import { windowsServingQueue } from '../common/windows.js';
import type { CatalogDto, DepartmentDto, HallSnapshot, MatterDto, QueueDto } from '../contract/dto.js';

/** Home tiles: every sub-domain window type, then the undifferentiated (综合) ones. */
export function homeTiles(catalog: CatalogDto): QueueDto[] {
  const domain = catalog.queues.filter((q) => q.kind === 'domain');
  const general = catalog.queues.filter((q) => q.kind === 'general');
  return [...domain, ...general];
}

export function queueOfKind(catalog: CatalogDto, kind: QueueDto['kind']): QueueDto | undefined {
  return catalog.queues.find((q) => q.kind === kind);
}

export function findQueue(catalog: CatalogDto, id: string): QueueDto | undefined {
  return catalog.queues.find((q) => q.id === id);
}

export function findMatter(catalog: CatalogDto, id: string): MatterDto | undefined {
  return catalog.matters.find((m) => m.id === id);
}

export function findDepartment(catalog: CatalogDto, id: string): DepartmentDto | undefined {
  return catalog.departments.find((d) => d.id === id);
}

/** Departments with matters in the queue, in the order their first matter appears. */
export function departmentsOfQueue(catalog: CatalogDto, queueId: string): DepartmentDto[] {
  const ids: string[] = [];
  for (const m of catalog.matters) if (m.queueId === queueId && !ids.includes(m.departmentId)) ids.push(m.departmentId);
  return ids.flatMap((id) => findDepartment(catalog, id) ?? []);
}

export function mattersOf(catalog: CatalogDto, queueId: string, departmentId?: string): MatterDto[] {
  return catalog.matters.filter((m) => m.queueId === queueId && (departmentId === undefined || m.departmentId === departmentId));
}

/** The windows serving a queue, by the hall's one rule; none before the first snapshot arrives. */
export function windowsServing(snapshot: HallSnapshot | null, queueId: string): number[] {
  return snapshot ? windowsServingQueue(snapshot.windows, queueId) : [];
}

export function waitingIn(snapshot: HallSnapshot | null, queueId: string): number | null {
  return snapshot?.queues.find((q) => q.id === queueId)?.waiting ?? null;
}

/** The fresher word on whether the queue takes tickets: the snapshot if there is one. */
export function queueOpen(catalog: CatalogDto, snapshot: HallSnapshot | null, queueId: string): boolean {
  const live = snapshot?.queues.find((q) => q.id === queueId);
  return live ? live.open : (findQueue(catalog, queueId)?.open ?? true);
}

export interface Page<T> {
  items: T[];
  /** 0-based, clamped into range. */
  page: number;
  pages: number;
}

export function pageOf<T>(all: readonly T[], page: number, size: number): Page<T> {
  const per = Math.max(1, Math.floor(size));
  const pages = Math.max(1, Math.ceil(all.length / per));
  const p = Math.min(pages - 1, Math.max(0, Math.floor(page)));
  return { items: all.slice(p * per, p * per + per), page: p, pages };
}
