/**
 * 事项 Matters: the catalogue's matters, filtered by name or id and department, and one matter's
 * editor (fields, checklist, FAQ). A save sends only the fields that changed; supervisors read only,
 * and the store does not even send for them.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { CatalogDto, MatterDto } from '../contract/dto.js';
import type { ApiClient } from '../ui/http.js';
import {
  blankDraft, blankMaterial, changesOf, createBodyOf, draftOf, moved, removed, replaced,
  type FaqLine, type MaterialLine, type MatterChangeBody, type MatterDraft,
} from './matters-draft.js';
import { createMatterForms, type MatterForms } from './matters-forms.js';
import { ADMIN_ONLY, problemLines } from './matters-messages.js';
import type { UploadForm } from './upload.js';

export interface MattersDeps {
  request: ApiClient;
  upload: UploadForm;
  failure: (e: unknown) => string;
  /** Whether the signed-in user may change the catalogue (admins only). */
  mayChange: () => boolean;
}

export interface MattersEditor {
  catalog: ReadonlySignal<CatalogDto | null>;
  query: ReadonlySignal<string>;
  department: ReadonlySignal<string>;
  /** The matters the filter keeps, in catalogue order. */
  shown: ReadonlySignal<readonly MatterDto[]>;
  /** The matter being edited; null with a draft: a new one. */
  openId: ReadonlySignal<string | null>;
  draft: ReadonlySignal<MatterDraft | null>;
  busy: ReadonlySignal<boolean>;
  /** What the server (or the store) refused, one line each. */
  problems: ReadonlySignal<readonly string[] | null>;
  /** True right after a save the server took, until the next edit. */
  done: ReadonlySignal<boolean>;
  forms: MatterForms;
  load(): Promise<void>;
  filter(query: string, department?: string): void;
  open(id: string): void;
  openNew(): void;
  edit<K extends keyof MatterDraft>(key: K, value: MatterDraft[K]): void;
  addMaterial(): void;
  editMaterial(i: number, patch: Partial<MaterialLine>): void;
  removeMaterial(i: number): void;
  moveMaterial(i: number, by: -1 | 1): void;
  addFaq(): void;
  editFaq(i: number, patch: Partial<FaqLine>): void;
  removeFaq(i: number): void;
  /** What a save would send: the changed fields of an existing matter. */
  changes(): MatterChangeBody;
  save(): Promise<boolean>;
}

export function createMattersEditor(deps: MattersDeps): MattersEditor {
  const { request, failure } = deps;
  const catalog = signal<CatalogDto | null>(null);
  const query = signal('');
  const department = signal('');
  const openId = signal<string | null>(null);
  const saved = signal<MatterDraft | null>(null);
  const draft = signal<MatterDraft | null>(null);
  const busy = signal(false);
  const problems = signal<readonly string[] | null>(null);
  const done = signal(false);

  /** Keeps the catalogue's copy of a matter as the server last gave it. */
  const stored = (m: MatterDto): void => {
    const cat = catalog.value;
    if (!cat) return;
    const known = cat.matters.some((x) => x.id === m.id);
    catalog.value = { ...cat, matters: known ? cat.matters.map((x) => (x.id === m.id ? m : x)) : [...cat.matters, m] };
  };
  /** Puts the server's copy of a matter in the catalogue and in the editor. */
  const took = (m: MatterDto): void => {
    stored(m);
    openId.value = m.id;
    saved.value = draftOf(m);
    draft.value = draftOf(m);
    forms.show(m.id, m.forms);
  };
  const forms = createMatterForms({ ...deps, stored });

  const shown = computed(() => {
    const q = query.value.trim().toLowerCase();
    const dep = department.value;
    return (catalog.value?.matters ?? []).filter((m) => (dep === '' || m.departmentId === dep)
      && (q === '' || m.id.toLowerCase().includes(q) || m.name.includes(q) || m.nameEn.toLowerCase().includes(q)));
  });

  const change = (next: MatterDraft): void => {
    draft.value = next;
    done.value = false;
  };
  const withDraft = (f: (d: MatterDraft) => MatterDraft) => { if (draft.value) change(f(draft.value)); };

  function changes(): MatterChangeBody {
    return saved.value && draft.value && openId.value !== null ? changesOf(saved.value, draft.value) : {};
  }

  async function send(): Promise<MatterDto | null> {
    const d = draft.value;
    const id = openId.value;
    if (!d) return null;
    if (id === null) return request('POST /api/matters', { body: createBodyOf(d) });
    const body = changes();
    if (Object.keys(body).length === 0) return null;
    return request('POST /api/matters/:id', { params: { id }, body });
  }

  return {
    catalog, query, department, shown, openId, draft, busy, problems, done, forms, changes,
    async load() {
      try {
        catalog.value = await request('GET /api/catalog', {});
      } catch (e) {
        problems.value = problemLines(e, failure);
      }
    },
    filter(q, dep) {
      query.value = q;
      if (dep !== undefined) department.value = dep;
    },
    open(id) {
      const m = catalog.value?.matters.find((x) => x.id === id);
      if (!m) return;
      took(m);
      problems.value = null;
      done.value = false;
    },
    openNew() {
      const cat = catalog.value;
      const dep = cat?.departments[0];
      const queue = cat?.queues[0];
      if (!dep || !queue) return;
      openId.value = null;
      saved.value = null;
      draft.value = blankDraft(dep.id, queue.id);
      forms.show(null, []);
      problems.value = null;
      done.value = false;
    },
    edit(key, value) { withDraft((d) => ({ ...d, [key]: value })); },
    addMaterial() { withDraft((d) => ({ ...d, materials: [...d.materials, blankMaterial()] })); },
    editMaterial(i, patch) {
      withDraft((d) => {
        const line = d.materials[i];
        return line ? { ...d, materials: replaced(d.materials, i, { ...line, ...patch }) } : d;
      });
    },
    removeMaterial(i) { withDraft((d) => ({ ...d, materials: removed(d.materials, i) })); },
    moveMaterial(i, by) { withDraft((d) => ({ ...d, materials: moved(d.materials, i, by) })); },
    addFaq() { withDraft((d) => ({ ...d, faq: [...d.faq, { q: '', a: '', qEn: '', aEn: '' }] })); },
    editFaq(i, patch) {
      withDraft((d) => {
        const line = d.faq[i];
        return line ? { ...d, faq: replaced(d.faq, i, { ...line, ...patch }) } : d;
      });
    },
    removeFaq(i) { withDraft((d) => ({ ...d, faq: removed(d.faq, i) })); },
    async save() {
      if (busy.value || !draft.value) return false;
      if (!deps.mayChange()) {
        problems.value = [ADMIN_ONLY];
        return false;
      }
      busy.value = true;
      try {
        const m = await send();
        if (!m) return false;
        took(m);
        problems.value = null;
        done.value = true;
        return true;
      } catch (e) {
        problems.value = problemLines(e, failure);
        done.value = false;
        return false;
      } finally {
        busy.value = false;
      }
    },
  };
}
