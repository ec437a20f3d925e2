/** 管理 → 事项 Matters: the list on the left, the chosen matter's editor on the right. */
import { useEffect } from 'preact/hooks';
import { useAdmin } from '../context.js';
import { MatterEditor } from './matter-editor.js';
import { MatterList } from './matter-list.js';
import '../catalog-editor.css';

export function MattersPart() {
  const store = useAdmin();
  const { matters } = store.manage;
  const admin = store.state.user.value?.role === 'admin';
  useEffect(() => { if (!matters.catalog.value) void matters.load(); }, [matters]);
  return (
    <section aria-labelledby="matters-title" data-testid="matters-part">
      <div class="section-head">
        <h2 id="matters-title">事项 <span>Matters</span></h2>
        {admin && <button type="button" class="btn" data-testid="matter-new" onClick={() => matters.openNew()}>＋ 新建事项 · New matter</button>}
      </div>
      {matters.catalog.value === null ? <p class="muted">正在读取… Loading…</p> : (
        <div class="matters-layout">
          <MatterList />
          <MatterEditor />
        </div>
      )}
    </section>
  );
}
