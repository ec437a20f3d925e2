import { departmentsOfQueue, findDepartment, findQueue, mattersOf, pageOf, queueOpen, waitingIn, windowsServing } from '../catalog-view.js';
import { nameIn } from '../i18n.js';
import { useKiosk } from '../kiosk-context.js';
import { GreenBanner } from './GreenChannel.js';
import { currentPage, pageSize } from './layout.js';
import { MatterRows } from './MatterRows.js';
import { Pager } from './Pager.js';

/** Window type → departments → matters; a window type with one department goes straight to its matters. */
export function Browse({ queueId, departmentId }: { queueId: string; departmentId?: string }) {
  const { state } = useKiosk();
  const { catalog, lang, m, navigate, portrait, snapshot } = state;
  const cat = catalog.value;
  const t = m.value;
  if (!cat) return null;
  const queue = findQueue(cat, queueId);
  if (!queue) return null;
  const departments = departmentsOfQueue(cat, queueId);
  const department = departmentId === undefined ? undefined : findDepartment(cat, departmentId);
  const chooseDepartment = department === undefined && departments.length > 1;
  const open = queueOpen(cat, snapshot.value, queueId);
  const waiting = waitingIn(snapshot.value, queueId);
  const windows = windowsServing(snapshot.value, queueId);
  const listName = `browse:${queueId}:${departmentId ?? ''}`;
  const deps = pageOf(departments, currentPage(state, listName), pageSize(state, 'departments'));
  return (
    <main class="screen browse">
      <h1 class="screen-title">{nameIn(lang.value, queue)}{department && <span class="title-sub"> · {nameIn(lang.value, department)}</span>}</h1>
      <p class="queue-facts">
        {[t.windows(windows), open ? (waiting === null ? '' : t.waiting(waiting)) : t.queueClosed].filter(Boolean).join(' · ')}
      </p>
      <GreenBanner />
      <h2 class="section-title">{chooseDepartment ? t.departments : t.matters}</h2>
      {chooseDepartment ? (
        <>
          <div class="department-grid">
            {deps.items.map((d) => (
              <button type="button" key={d.id} class="department" data-department={d.id}
                onClick={() => navigate({ name: 'browse', queueId, departmentId: d.id })}>
                <span class="department-name">{nameIn(lang.value, d)}</span>
                <span class="department-count">{mattersOf(cat, queueId, d.id).length}</span>
              </button>
            ))}
          </div>
          <Pager list={listName} page={deps.page} pages={deps.pages} />
        </>
      ) : (
        <MatterRows list={listName} matters={mattersOf(cat, queueId, department?.id)} columns={portrait.value ? 1 : 2} />
      )}
    </main>
  );
}
