import type { MatterDto } from '../../contract/dto.js';
import { findDepartment, findQueue, pageOf, windowsServing } from '../catalog-view.js';
import { nameIn } from '../i18n.js';
import { useKiosk } from '../kiosk-context.js';
import { currentPage, pageSize } from './layout.js';
import { Pager } from './Pager.js';

/** One matter as a big row: its name, and where it goes (department, window type, window numbers). */
function MatterRow({ matter, note }: { matter: MatterDto; note?: string }) {
  const { catalog, lang, m, navigate, snapshot } = useKiosk().state;
  const cat = catalog.value;
  const t = m.value;
  if (!cat) return null;
  const department = findDepartment(cat, matter.departmentId);
  const queue = findQueue(cat, matter.queueId);
  const windows = windowsServing(snapshot.value, matter.queueId);
  return (
    <button type="button" class="matter-row" data-matter={matter.id} onClick={() => navigate({ name: 'matter', matterId: matter.id })}>
      <span class="row-name">
        {nameIn(lang.value, matter)}
        {matter.onTheSpot && <span class="badge spot">{t.onTheSpot}</span>}
      </span>
      <span class="row-where">
        {[department ? nameIn(lang.value, department) : '', queue ? nameIn(lang.value, queue) : '', t.windows(windows)].filter(Boolean).join(' · ')}
      </span>
      {note && <span class="row-note">{note}</span>}
    </button>
  );
}

/** `columns`: how many rows sit side by side (browse uses two on a landscape screen). */
export function MatterRows({ list, matters, notes, columns = 1 }: { list: string; matters: MatterDto[]; notes?: ReadonlyMap<string, string>; columns?: number }) {
  const { state } = useKiosk();
  const page = pageOf(matters, currentPage(state, list), pageSize(state, 'rows') * columns);
  return (
    <>
      <div class="rows">
        {page.items.map((x) => <MatterRow key={x.id} matter={x} note={notes?.get(x.id)} />)}
      </div>
      <Pager list={list} page={page.page} pages={page.pages} />
    </>
  );
}
