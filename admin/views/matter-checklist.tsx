/** The matter's checklist (材料清单) and FAQ in the editor: add, remove, reorder, edit each line. */
import { MATERIAL_FORMS, type MaterialForm } from '../../contract/constants.js';
import { MATERIAL_FORM_LABELS } from '../../common/labels.js';
import { useAdmin } from '../context.js';
import type { MaterialLine } from '../matters-draft.js';
import { AreaIn, CheckIn, ChoiceIn, NumIn, TextIn } from './matter-fields.js';

const FORM_OPTIONS = MATERIAL_FORMS.map((f): readonly [MaterialForm, string] => [f, `${MATERIAL_FORM_LABELS[f].zh} · ${MATERIAL_FORM_LABELS[f].en}`]);

function MaterialRow({ line, i, last, off }: { line: MaterialLine; i: number; last: boolean; off: boolean }) {
  const { matters } = useAdmin().manage;
  const set = (patch: Partial<MaterialLine>) => matters.editMaterial(i, patch);
  return (
    <li class="material-line" data-testid={`material-${i}`}>
      <div class="line-head">
        <strong>{i + 1}.</strong>
        {!off && (
          <span class="line-actions">
            <button type="button" class="btn" aria-label="上移 Move up" disabled={i === 0} onClick={() => matters.moveMaterial(i, -1)}>↑</button>
            <button type="button" class="btn" aria-label="下移 Move down" disabled={last} onClick={() => matters.moveMaterial(i, 1)}>↓</button>
            <button type="button" class="btn danger" data-testid={`material-remove-${i}`} onClick={() => matters.removeMaterial(i)}>删除 · Remove</button>
          </span>
        )}
      </div>
      <div class="line-grid">
        <TextIn label="材料名称 · Name" name="material-name" value={line.name} set={(name) => set({ name })} off={off} wide />
        <TextIn label="英文名称 · English name" name="material-name-en" value={line.nameEn} set={(nameEn) => set({ nameEn })} off={off} wide />
        <NumIn label="份数 · Copies" name="material-copies" min={1} value={line.copies} set={(n) => { if (n !== null) set({ copies: n }); }} off={off} />
        <ChoiceIn label="形式 · Form" name="material-form" value={line.form} options={FORM_OPTIONS} set={(form) => set({ form })} off={off} />
        <div class="checks">
          <CheckIn label="必需 · Required" name="material-required" value={line.required} set={(required) => set({ required })} off={off} />
          <CheckIn label="电子证照共享（免提交）· Shared electronically" name="material-shared" value={line.shared} set={(shared) => set({ shared })} off={off} />
        </div>
        <TextIn label="备注 · Notes" name="material-notes" value={line.notes} set={(notes) => set({ notes })} off={off} wide />
        <TextIn label="英文备注 · Notes (English)" name="material-notes-en" value={line.notesEn} set={(notesEn) => set({ notesEn })} off={off} wide />
        <AreaIn label="核查标准 · Check standard" name="material-check" value={line.checkStandard} set={(checkStandard) => set({ checkStandard })} off={off} wide />
        <AreaIn label="核查标准（英文）· Check standard (English)" name="material-check-en" value={line.checkStandardEn} set={(checkStandardEn) => set({ checkStandardEn })} off={off} wide />
      </div>
    </li>
  );
}

export function MatterChecklist({ off }: { off: boolean }) {
  const { matters } = useAdmin().manage;
  const lines = matters.draft.value?.materials ?? [];
  return (
    <fieldset class="settings-group" data-testid="matter-checklist">
      <legend>材料清单 <span>Checklist ({lines.length})</span></legend>
      {lines.length === 0 && <p class="muted">尚无材料 · No materials yet</p>}
      <ol class="material-lines">
        {lines.map((line, i) => <MaterialRow key={i} line={line} i={i} last={i === lines.length - 1} off={off} />)}
      </ol>
      {!off && <button type="button" class="btn" data-testid="material-add" onClick={() => matters.addMaterial()}>＋ 添加材料 · Add a material</button>}
    </fieldset>
  );
}

export function MatterFaq({ off }: { off: boolean }) {
  const { matters } = useAdmin().manage;
  const lines = matters.draft.value?.faq ?? [];
  return (
    <fieldset class="settings-group" data-testid="matter-faq">
      <legend>常见问题 <span>FAQ ({lines.length})</span></legend>
      <ol class="material-lines">
        {lines.map((f, i) => (
          <li key={i} class="material-line">
            <div class="line-grid">
              <TextIn label="问题 · Question" name="faq-q" value={f.q} set={(q) => matters.editFaq(i, { q })} off={off} wide />
              <TextIn label="英文问题 · Question (English)" name="faq-q-en" value={f.qEn} set={(qEn) => matters.editFaq(i, { qEn })} off={off} wide />
              <AreaIn label="回答 · Answer" name="faq-a" value={f.a} set={(a) => matters.editFaq(i, { a })} off={off} wide />
              <AreaIn label="英文回答 · Answer (English)" name="faq-a-en" value={f.aEn} set={(aEn) => matters.editFaq(i, { aEn })} off={off} wide />
            </div>
            {!off && <button type="button" class="btn danger" onClick={() => matters.removeFaq(i)}>删除 · Remove</button>}
          </li>
        ))}
      </ol>
      {!off && <button type="button" class="btn" data-testid="faq-add" onClick={() => matters.addFaq()}>＋ 添加问题 · Add a question</button>}
    </fieldset>
  );
}
