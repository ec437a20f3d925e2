import type { CatalogDto, MatterDto } from '../../contract/dto.js';
import type { HallServices } from './context.js';
import { toHallDto, toMatterDto, toQueueDto } from './dto.js';
import { hallOf } from './views.js';

/** The hall's catalogue as the kiosk reads it: departments, queues, matters with their checklists. */
export function catalogOf(s: HallServices): CatalogDto {
  const hall = hallOf(s);
  const rows = s.catalog.catalogOf(hall.id);
  return {
    hall: toHallDto(hall),
    departments: rows.departments.map((d) => ({ id: d.id, name: d.name, nameEn: d.nameEn, lowVolume: d.lowVolume, group: d.group })),
    queues: rows.queues.map((q) => toQueueDto(q, hall)),
    matters: rows.matters.map((m) => toMatterDto(m, rows.materials.get(m.id) ?? [], rows.forms.get(m.id) ?? [])),
  };
}

/** One matter with its checklist (the clerk console shows it beside the ticket). */
export function matterOf(s: HallServices, id: string): MatterDto | null {
  const found = s.catalog.matterWithMaterials(id);
  return found ? toMatterDto(found.matter, found.materials, found.forms) : null;
}
