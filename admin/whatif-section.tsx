/**
 * 管理 → 推演 What if: choose a past day or upload a scenario file, edit the other roster (window ×
 * spans, empty = closed; quick "+N like window X" for the morning, afternoon or all day), run, then
 * read both runs side by side. Running changes nothing in the hall, so supervisors may run it too.
 */
import { useEffect, useState } from 'preact/hooks';
import { useAdmin } from './context.js';
import { WhatIfCompare } from './whatif-compare.js';
import type { DayPart, WhatIf } from './whatif-store.js';
import './whatif.css';

function SourcePicker({ w }: { w: WhatIf }) {
  const src = w.source.value;
  const choose = (file: File | undefined) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => { if (typeof reader.result === 'string') w.chooseFile(file.name, reader.result); };
    reader.readAsText(file);
  };
  return (
    <div class="whatif-source">
      <label class="field">过去的某一天 · A past day
        <input type="date" data-testid="whatif-day" value={src?.kind === 'day' ? src.day : ''} onChange={(e) => void w.chooseDay(e.currentTarget.value)} />
      </label>
      <span class="or">或 or</span>
      <label class="field">上传模拟场景文件 · Upload a scenario file (.json)
        <input type="file" accept=".json,application/json" data-testid="whatif-file" onChange={(e) => choose(e.currentTarget.files?.[0])} />
      </label>
      {src && <p class="muted" data-testid="whatif-source">{src.kind === 'day' ? `来源：${src.day} 的实际取号与办理时长 · Source: the real tickets of ${src.day}` : `来源：文件 ${src.name} · Source: file ${src.name}`}</p>}
    </div>
  );
}

function QuickAdd({ w }: { w: WhatIf }) {
  const [like, setLike] = useState('26');
  const [count, setCount] = useState('2');
  const [part, setPart] = useState<DayPart>('morning');
  return (
    <div class="whatif-quick" data-testid="whatif-quick">
      <strong>快捷 <small>Quick</small></strong>
      <label>增开 Open <input type="number" min={1} max={10} value={count} onInput={(e) => setCount(e.currentTarget.value)} data-testid="whatif-quick-count" /> 个</label>
      <label>同 <input type="number" min={1} max={9999} value={like} onInput={(e) => setLike(e.currentTarget.value)} data-testid="whatif-quick-like" /> 号窗口一样的窗口 windows like</label>
      <select value={part} onChange={(e) => setPart(e.currentTarget.value === 'all' ? 'all' : e.currentTarget.value === 'afternoon' ? 'afternoon' : 'morning')} aria-label="时段 Part of day">
        <option value="morning">上午 morning</option><option value="afternoon">下午 afternoon</option><option value="all">全天 all day</option>
      </select>
      <button type="button" class="btn" data-testid="whatif-quick-add" onClick={() => w.addLike(Number(like), Number(count), part)}>增开 Add</button>
      <button type="button" class="btn link" onClick={() => w.reset()}>恢复基线 Back to the baseline</button>
    </div>
  );
}

function RosterGrid({ w }: { w: WhatIf }) {
  return (
    <div class="whatif-roster-scroll">
      <table class="whatif-roster" data-testid="whatif-roster">
        <thead><tr><th>窗口 <small>Window</small></th><th>基线 <small>Baseline</small></th><th>推演排班 <small>Alternative (空 = 关闭 empty = closed)</small></th></tr></thead>
        <tbody>
          {w.rows.value.map((r) => (
            <tr key={r.number} class={r.text.trim() !== r.base.trim() ? 'changed' : ''} data-window={r.number}>
              <th scope="row"><span class="num">{r.number}</span> <small>{r.name}</small></th>
              <td class="base">{r.base === '' ? <span class="muted">休 closed</span> : r.base}</td>
              <td>
                <input type="text" value={r.text} maxLength={120} placeholder="休 closed · 08:30-12:00, 13:30-17:30" aria-label={`${r.number} 号窗口 Window ${r.number}`}
                  data-testid={`whatif-spans-${r.number}`} class={r.problem ? 'bad' : ''} onInput={(e) => w.setText(r.number, e.currentTarget.value)} />
                {r.problem && <small class="error" role="alert">{r.problem}</small>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WhatIfSection() {
  const w = useAdmin().manage.whatif;
  useEffect(() => { void w.load(); }, [w]);
  const problems = w.problems.value;
  return (
    <section class="whatif" data-testid="whatif">
      <h2>推演 <span>What if</span></h2>
      <p class="muted">同一批来访者，用当天的排班和另一套排班各模拟一遍，对比等候。模拟在服务器上独立进行，不改动大厅的任何数据；一次约需数秒至十余秒。
        · The same visitors simulated with the day's roster and with another; nothing in the hall changes. A run takes seconds.</p>
      <SourcePicker w={w} />
      {w.problem.value && <p class="problem" role="alert" data-testid="whatif-problem">{w.problem.value}</p>}
      {w.source.value && (
        <>
          <h3>推演排班 <span>Alternative roster · {w.changed.value} 个窗口有改动 windows changed</span></h3>
          <QuickAdd w={w} />
          <RosterGrid w={w} />
          <div class="whatif-run">
            <button type="button" class="btn primary" data-testid="whatif-run" disabled={w.running.value} onClick={() => void w.run()}>运行推演 · Run</button>
            {w.running.value && <span class="whatif-progress" role="status" data-testid="whatif-running"><span class="spinner" aria-hidden="true" />正在模拟两套排班… Simulating both rosters…</span>}
          </div>
        </>
      )}
      {problems && (
        <div class="problem" role="alert" data-testid="whatif-problems">
          <p><strong>有 {problems.length} 处问题，未运行 · {problems.length} problem(s): nothing was run</strong></p>
          <ul>{problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
        </div>
      )}
      {w.result.value && <WhatIfCompare r={w.result.value} />}
    </section>
  );
}
