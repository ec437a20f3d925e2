/** 工作日日历: the hall's holidays and make-up working days, a year of month grids; the administrator edits it. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { call } from '../ui/api.js';
import { createCalendarStore, DEFAULT_NAME, isWeekend, overrideFor, weekdayOf, type CalendarStore } from './calendar-store.js';
import { session } from './session.js';
import './calendar.css';

const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日'];
const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function DayCell({ store, day, editable }: { store: CalendarStore; day: string; editable: boolean }) {
  const entry = store.entryOf(day);
  const kind = entry?.kind ?? (isWeekend(day) ? 'weekend' : 'normal');
  const label = entry ? `${day} ${entry.name || (entry.kind === 'holiday' ? '节假日' : '调休上班')}` : day;
  return (
    <button type="button" class={`cal-day ${kind}${store.selected.value === day ? ' selected' : ''}`} data-day={day} data-kind={kind}
      title={label} aria-label={label} disabled={!editable} onClick={() => store.select(day)}>
      {Number(day.slice(8))}
      {entry?.kind === 'workday' && <span class="mark">班</span>}
      {entry?.kind === 'holiday' && <span class="mark">休</span>}
    </button>
  );
}

function Month({ store, year, month, editable }: { store: CalendarStore; year: number; month: number; editable: boolean }) {
  const first = `${year}-${pad(month)}-01`;
  const lead = (weekdayOf(first) + 6) % 7; // Monday first
  const days = Array.from({ length: daysInMonth(year, month) }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`);
  return (
    <div class="cal-month" data-month={month}>
      <h3>{month}月 <span>{MONTH_EN[month - 1]}</span></h3>
      <div class="cal-grid">
        {WEEK_HEAD.map((w) => <span key={w} class="cal-head">{w}</span>)}
        {Array.from({ length: lead }, (_, i) => <span key={`e${i}`} />)}
        {days.map((d) => <DayCell key={d} store={store} day={d} editable={editable} />)}
      </div>
    </div>
  );
}

function DayEditor({ store, day }: { store: CalendarStore; day: string }) {
  const entry = store.entryOf(day);
  const kind = overrideFor(day);
  const [name, setName] = useState(entry?.name ?? DEFAULT_NAME[kind]);
  useEffect(() => setName(entry?.name ?? DEFAULT_NAME[kind]), [day, entry?.name, kind]);
  return (
    <div class="cal-editor" data-testid="calendar-editor">
      <strong>{day} 周{WEEK_HEAD[(weekdayOf(day) + 6) % 7]}</strong>
      <label class="field">名称 Name
        <input name="day-name" maxLength={40} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <button type="button" class="btn primary" data-testid="calendar-set" disabled={store.busy.value}
        onClick={() => void store.setDay(day, name)}>
        {kind === 'holiday' ? '设为节假日 · Make it a holiday' : '设为调休上班 · Make it a make-up working day'}
      </button>
      {entry && <button type="button" class="btn" data-testid="calendar-clear" disabled={store.busy.value}
        onClick={() => void store.clearDay(day)}>恢复正常 · Back to normal</button>}
      <button type="button" class="btn link" onClick={() => store.select(null)}>取消 · Cancel</button>
    </div>
  );
}

function LoadYear({ store }: { store: CalendarStore }) {
  const [text, setText] = useState('');
  return (
    <details class="cal-load">
      <summary>从 JSON 载入整年 · Load a year from JSON</summary>
      <p class="muted">替换 {store.year.value} 年的全部设置。格式：{'{"days":[{"day":"2027-10-01","kind":"holiday","name":"国庆节"}]}'}（节假日只列周一至周五，调休上班只列周六、周日）。
        Replaces every entry of {store.year.value}; holidays on weekdays only, make-up days on weekends only.</p>
      <textarea data-testid="calendar-json" rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" class="btn primary" data-testid="calendar-load" disabled={store.busy.value || text.trim() === ''}
        onClick={() => void store.loadYear(text).then((ok) => { if (ok) setText(''); })}>载入 {store.year.value} 年 · Load</button>
    </details>
  );
}

/** Read-only for everyone; clickable days and the JSON box for a signed-in administrator. */
export function CalendarSection() {
  const store = useMemo(() => createCalendarStore({ call, initialYear: new Date().getFullYear() }), []);
  useEffect(() => { void store.load(store.year.value); }, [store]);
  const s = session.value;
  const editable = s.kind === 'signed-in' && s.user.role === 'admin' && !s.user.mustChangePassword;
  const y = store.year.value;
  const data = store.data.value;
  return (
    <section class="calendar" aria-labelledby="calendar-title" data-testid="calendar">
      <div class="section-head">
        <h2 id="calendar-title">工作日日历 <span>Working-day calendar</span></h2>
        <p class="who">
          <button type="button" class="btn" aria-label="上一年 Previous year" onClick={() => void store.load(y - 1)}>‹</button>
          <strong data-testid="calendar-year">{y} 年</strong>
          <button type="button" class="btn" aria-label="下一年 Next year" onClick={() => void store.load(y + 1)}>›</button>
        </p>
      </div>
      <p class="muted">
        <span class="key holiday">休</span> 节假日 holiday · <span class="key workday">班</span> 调休上班 make-up working day ·
        <span class="key weekend"> </span> 周末 weekend
        {data && <> · 全年工作日 <strong data-testid="calendar-working-days">{data.workingDays}</strong> 天 working days</>}
        {editable ? ' · 点击日期修改 Click a day to change it.' : ' · 管理员登录后可修改 Administrators sign in above to edit.'}
      </p>
      {store.problem.value && <p class="problem" role="alert" data-testid="calendar-problem">{store.problem.value}</p>}
      {editable && store.selected.value && <DayEditor store={store} day={store.selected.value} />}
      {data === null ? <p class="muted">正在读取… Loading…</p> : (
        <div class="cal-months">
          {Array.from({ length: 12 }, (_, i) => <Month key={i} store={store} year={y} month={i + 1} editable={editable} />)}
        </div>
      )}
      {editable && <LoadYear store={store} />}
    </section>
  );
}
