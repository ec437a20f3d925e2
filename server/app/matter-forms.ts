/**
 * Sample and blank forms (样本样表) an admin uploads for a matter or one of its checklist lines,
 * served to kiosks and consoles as public guidance. The declared type is never trusted: the
 * first bytes must be a PDF, PNG or JPEG and agree with it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FORM_MIMES } from '../../contract/constants.js';
import type { MatterDto } from '../../contract/dto.js';
import type { MatterFormDto } from '../../contract/routes-catalog-admin.js';
import { formsRepo, type FormRow, type FormsRepo } from '../db/forms-repo.js';
import { fail } from '../domain/errors.js';
import type { AdminActor } from './actor.js';
import { matterOf } from './catalog.js';
import { runCommand, type HallServices } from './context.js';
import { toHallDto } from './dto.js';
import { hallOf } from './views.js';

type FormMime = (typeof FORM_MIMES)[number];

export const FORM_MAX_BYTES = 2 * 1024 * 1024;

const SIGNATURES: readonly [FormMime, readonly number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** What the content is by its first bytes, or null when it is none of the accepted kinds. */
export function sniffFormType(bytes: Uint8Array): FormMime | null {
  const hit = SIGNATURES.find(([, sig]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b));
  return hit ? hit[0] : null;
}

export const EXTENSIONS: Record<FormMime, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

const repos = new WeakMap<HallServices, FormsRepo>();
/** The forms repository of these services, made once. */
export function formsOf(s: HallServices): FormsRepo {
  const known = repos.get(s);
  if (known) return known;
  const made = formsRepo(s.database.db);
  repos.set(s, made);
  return made;
}

export interface FormUpload {
  kind: 'sample' | 'blank';
  title: string;
  titleEn?: string;
  materialSeq?: number;
  /** The Content-Type the client declared, without parameters. */
  declared: string;
  bytes: Buffer;
}

function matterOfHall(s: HallServices, matterId: string): MatterDto {
  const dto = matterOf(s, matterId);
  if (!dto || s.catalog.queue(dto.queueId)?.hallId !== s.hallId) fail('matter-not-found', `no matter ${matterId}`);
  return dto;
}

function formDto(f: Pick<FormRow, 'id' | 'kind' | 'title' | 'titleEn' | 'mime' | 'size' | 'materialSeq'>): MatterFormDto {
  return { id: f.id, kind: f.kind, title: f.title, titleEn: f.titleEn, mime: f.mime, size: f.size, materialSeq: f.materialSeq, url: `/api/forms/${f.id}` };
}

/** The catalogue lists forms: kiosks and consoles reload it with the new version. */
function catalogChanged(s: HallServices) {
  const hall = hallOf(s);
  s.catalog.updateHall(hall.id, { catalogVersion: hall.catalogVersion + 1 });
  return [{ name: 'hall:changed' as const, payload: { hall: toHallDto(hallOf(s)) } }];
}

export function uploadForm(s: HallServices, actor: AdminActor, matterId: string, up: FormUpload): MatterFormDto {
  if (up.bytes.length > FORM_MAX_BYTES) fail('form-too-large', `a form may be at most ${FORM_MAX_BYTES} bytes (2 MB)`);
  const actual = sniffFormType(up.bytes);
  if (actual === null || actual !== up.declared) {
    fail('form-type-refused', `a form must be a PDF, PNG or JPEG file and its content must match its type (declared ${up.declared || 'none'})`);
  }
  return runCommand(s, (now) => {
    const matter = matterOfHall(s, matterId);
    const seq = up.materialSeq ?? null;
    if (seq !== null && seq >= matter.materials.length) fail('validation-failed', `matter ${matterId} has no checklist line ${seq}`);
    const row: FormRow = {
      id: randomBytes(12).toString('base64url'), matterId, materialSeq: seq, kind: up.kind, title: up.title, titleEn: up.titleEn ?? '',
      mime: actual, size: up.bytes.length, sha256: createHash('sha256').update(up.bytes).digest('hex'), data: up.bytes,
      uploadedAt: now, uploadedBy: actor.userId,
    };
    formsOf(s).insert(row);
    const { data: _bytes, ...record } = row;
    s.audit.add({ hallId: s.hallId, at: now, actorId: actor.userId, actorName: actor.name, action: 'form-uploaded', detail: JSON.stringify({ matterId, form: record }) });
    return { result: formDto(row), events: catalogChanged(s) };
  });
}

export function deleteForm(s: HallServices, actor: AdminActor, matterId: string, formId: string): MatterDto {
  return runCommand(s, (now) => {
    matterOfHall(s, matterId);
    const form = formsOf(s).get(formId);
    if (!form || form.matterId !== matterId) fail('form-not-found', `matter ${matterId} has no form ${formId}`);
    formsOf(s).remove(formId);
    const { data: _bytes, ...record } = form;
    s.audit.add({ hallId: s.hallId, at: now, actorId: actor.userId, actorName: actor.name, action: 'form-deleted', detail: JSON.stringify({ matterId, form: record }) });
    const events = catalogChanged(s);
    return { result: matterOfHall(s, matterId), events };
  });
}

/** A form's file for anyone (public guidance); only forms of this hall's matters. */
export function readForm(s: HallServices, id: string): FormRow {
  const form = formsOf(s).get(id);
  if (!form || s.catalog.queue(s.catalog.matter(form.matterId)?.queueId ?? '')?.hallId !== s.hallId) fail('form-not-found', `no form ${id}`);
  return form;
}
