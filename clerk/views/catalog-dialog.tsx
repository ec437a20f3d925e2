import type { MatterDto } from '../../contract/dto.js';
import { materialRequirement } from '../../common/labels.js';
import { useConsole } from '../console-context.js';
import { MatterExtras, MatterFacts } from './matter-info.js';
import { MaterialCell } from './matter-rows.js';
import { Modal } from './modal.js';

/** A matter in full, read-only: what the guidance desk tells a visitor to bring and why. */
function MatterCard({ matter }: { matter: MatterDto }) {
  const { state: s } = useConsole();
  const department = s.catalog.value?.departments.find((d) => d.id === matter.departmentId);
  return (
    <article class="catalog-matter checklist" data-testid="catalog-matter" data-matter={matter.id}>
      <h3>{matter.name} <small>{matter.nameEn}{department ? ` · ${department.name}` : ''}</small></h3>
      <MatterFacts matter={matter} />
      <table>
        <thead><tr><th>材料 Material · 核查标准 Check standard</th><th>形式 Form</th><th>要求 Notes</th></tr></thead>
        <tbody>
          {matter.materials.map((m, i) => (
            <tr key={`${i}:${m.name}`}>
              <td><MaterialCell m={m} i={i} /></td>
              <td class="col-form">{materialRequirement(m.form, m.copies, 'zh')}</td>
              <td class="col-notes">{m.notes}<small>{m.notesEn}</small></td>
            </tr>
          ))}
        </tbody>
      </table>
      <MatterExtras matter={matter} />
    </article>
  );
}

/** 事项查询 (/): find any matter of the hall by name, keyword or pinyin initials and read it in full. */
export function CatalogDialog() {
  const { actions, search } = useConsole();
  const hits = search.hits.value;
  const shown = search.shown.value;
  const q = search.query.value;
  return (
    <Modal title="事项查询 Catalogue search" onCancel={actions.closeDialog} testId="catalog-search" wide>
      <input type="search" class="wide-input" value={q} autoFocus maxLength={60} data-testid="catalog-query"
        placeholder="事项名称、关键词或拼音首字母（如 gtgsh）/ Name, keyword or pinyin initials"
        onInput={(e) => search.setQuery(e.currentTarget.value)} />
      {search.problem.value && <p class="form-problem" role="alert">{search.problem.value}</p>}
      <div class="catalog-body">
        <ol class="catalog-hits" data-testid="catalog-hits" aria-label="查询结果 Results">
          {q.trim() !== '' && hits.length === 0 && <li class="muted">无匹配事项 / No matter found</li>}
          {hits.map((h) => (
            <li key={h.matter.id}>
              <button type="button" class={`catalog-hit${shown?.id === h.matter.id ? ' on' : ''}`} data-matter={h.matter.id}
                aria-pressed={shown?.id === h.matter.id} onClick={() => search.choose(h.matter.id)}>
                {h.matter.name}
                {h.matter.handledBy === 'district' && <span class="mark mark-district">区级</span>}
                {h.keyword && <small>关键词 {h.keyword}</small>}
              </button>
            </li>
          ))}
        </ol>
        {shown ? <MatterCard matter={shown} /> : <p class="muted catalog-empty">输入后选择事项查看完整清单 / Type, then pick a matter to see its checklist.</p>}
      </div>
      <div class="modal-actions">
        <button type="button" class="btn" onClick={actions.closeDialog}>关闭 Close <kbd>Esc</kbd></button>
      </div>
    </Modal>
  );
}
