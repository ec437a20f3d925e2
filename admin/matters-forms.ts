/** A matter's sample and blank forms in the editor: the list, an upload of one file, removing one. Admins only. */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { FORM_KINDS } from '../contract/constants.js';
import type { MatterDto } from '../contract/dto.js';
import type { MatterFormDto } from '../contract/routes-catalog-admin.js';
import type { ApiClient } from '../ui/http.js';
import { ADMIN_ONLY, problemLines } from './matters-messages.js';
import type { UploadForm } from './upload.js';

type FormKind = (typeof FORM_KINDS)[number];

export interface FormUpload {
  kind: FormKind;
  title: string;
  titleEn: string;
  /** The checklist line (0-based) the form belongs to; null: the matter as a whole. */
  materialSeq: number | null;
}

export interface MatterForms {
  list: ReadonlySignal<readonly MatterFormDto[]>;
  busy: ReadonlySignal<boolean>;
  problem: ReadonlySignal<string | null>;
  /** The matter whose forms these are (null while a new matter is not yet saved). */
  show(matterId: string | null, forms: readonly MatterFormDto[]): void;
  upload(file: Blob, what: FormUpload): Promise<boolean>;
  remove(formId: string): Promise<boolean>;
}

export function createMatterForms(deps: {
  request: ApiClient; upload: UploadForm; failure: (e: unknown) => string; mayChange: () => boolean;
  /** The server's matter after a removal, for the catalogue's copy (the editor's draft stays as typed). */
  stored: (m: MatterDto) => void;
}): MatterForms {
  const list = signal<readonly MatterFormDto[]>([]);
  const busy = signal(false);
  const problem = signal<string | null>(null);
  let matterId: string | null = null;

  async function guarded(work: (id: string) => Promise<void>): Promise<boolean> {
    if (busy.value || matterId === null) return false;
    if (!deps.mayChange()) {
      problem.value = ADMIN_ONLY;
      return false;
    }
    busy.value = true;
    try {
      await work(matterId);
      problem.value = null;
      return true;
    } catch (e) {
      problem.value = problemLines(e, deps.failure).join(' · ');
      return false;
    } finally {
      busy.value = false;
    }
  }

  return {
    list, busy, problem,
    show(id, forms) {
      if (id !== matterId) problem.value = null;
      matterId = id;
      list.value = forms;
    },
    upload(file, what) {
      return guarded(async (id) => {
        const form = await deps.upload(id, {
          kind: what.kind, title: what.title.trim(), ...(what.titleEn.trim() ? { titleEn: what.titleEn.trim() } : {}),
          ...(what.materialSeq === null ? {} : { materialSeq: what.materialSeq }),
        }, file);
        list.value = [...list.value, form];
      });
    },
    remove(formId) {
      return guarded(async (id) => {
        const m = await deps.request('POST /api/matters/:id/forms/:formId/delete', { params: { id, formId } });
        list.value = m.forms;
        deps.stored(m);
      });
    },
  };
}
