import { useAdmin } from './context.js';

function save(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function ImportForm() {
  const { catalog } = useAdmin().manage;
  const problems = catalog.problems.value;
  const counts = catalog.counts.value;
  const choose = (file: File | undefined) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => { if (typeof reader.result === 'string') catalog.setText(reader.result); };
    reader.readAsText(file);
  };
  return (
    <form class="card catalog-import" data-testid="catalog-import" onSubmit={(e) => { e.preventDefault(); void catalog.importFile(); }}>
      <h3>导入 <span>Import</span></h3>
      <p class="muted">整份文件先全部检查：有任何问题都逐条列出，目录不做任何改动。窗口和账号不导入。
        · The whole file is checked first: every problem is listed and nothing changes. Windows and accounts are not imported.</p>
      <label class="field">选择文件 · Choose a .json file
        <input type="file" accept=".json,application/json" data-testid="catalog-file" onChange={(e) => choose(e.currentTarget.files?.[0])} />
      </label>
      <label class="field">或粘贴文件内容 · Or paste its text
        <textarea rows={6} spellcheck={false} data-testid="catalog-text" value={catalog.text.value}
          onInput={(e) => catalog.setText(e.currentTarget.value)} />
      </label>
      <div class="settings-actions">
        <button type="submit" class="btn primary" data-testid="catalog-import-go" disabled={catalog.busy.value || catalog.text.value.trim() === ''}>
          检查并导入 · Check and import
        </button>
      </div>
      {problems && (
        <div class="problem" role="alert" data-testid="catalog-problems">
          <p><strong>文件有 {problems.length} 处问题，目录未改动 · {problems.length} problem(s): nothing was changed</strong></p>
          <ul>{problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
        </div>
      )}
      {counts && (
        <p class="notice" role="status" data-testid="catalog-counts">
          已导入 · Imported: 部门 departments {counts.departments} · 队列 queues {counts.queues} · 事项 matters {counts.matters} · 材料 materials {counts.materials}
        </p>
      )}
    </form>
  );
}

/** 事项目录: export the catalogue as a file (supervisors and admins); import one (admins). */
export function CatalogSection() {
  const store = useAdmin();
  const { catalog } = store.manage;
  const admin = store.state.user.value?.role === 'admin';
  return (
    <section aria-labelledby="catalog-title" data-testid="catalog-section">
      <div class="section-head">
        <h2 id="catalog-title">事项目录 <span>Catalogue</span></h2>
        <button type="button" class="btn" data-testid="catalog-export"
          onClick={() => void catalog.exportFile().then((f) => { if (f) save(f.name, f.text); })}>导出 · Export (.json)</button>
      </div>
      {catalog.problem.value && <p class="problem" role="alert">{catalog.problem.value}</p>}
      <p class="muted">部门、队列、事项（含材料清单与常见问题）、窗口与人员，格式同演示数据文件。· Departments, queues, matters with checklists and FAQ, windows and staff, in the demo file's format.</p>
      {admin && <ImportForm />}
    </section>
  );
}
