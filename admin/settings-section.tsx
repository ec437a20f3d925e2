import { useEffect } from 'preact/hooks';
import { useAdmin } from './context.js';
import { STAFF_PART_LABELS } from './labels.js';
import './people.css';
import { SaveBar, SettingsGroup } from './views/form-parts.js';
import type { AssessmentWeightsDto, HallSettingsDto } from './settings-store.js';

type TextKey = 'name' | 'nameEn' | 'notice' | 'timeZone' | 'opensAt' | 'closesAt';
type NumberKey = 'recallLimit' | 'recallMinIntervalSec' | 'noShowSlipPlaces' | 'reactivateWithinMin' | 'maxWaitMin' | 'ratingDays' | 'kioskIdleSec' | 'kioskTicketReturnSec';
type ChoiceKey = 'noShowMode' | 'anonymousTickets' | 'ratingPads';

const CHOICES: { [K in ChoiceKey]: Record<HallSettingsDto[K], string> } = {
  noShowMode: { void: '作废 · Void the ticket', slip: '顺延几位 · Slip back some places', back: '排到队尾 · Back of the queue' },
  anonymousTickets: { open: '任何人可取号 · Anyone', 'devices-only': '仅限已配对取号机 · Paired kiosks only' },
  ratingPads: { open: '任何设备 · Any device', paired: '仅限绑定窗口的评价器 · Pads bound to the window only' },
};


/** Clocks are typed as HH:MM (a time picker cannot say 24:00). */
function Text({ k, label, clock = false, readOnly }: { k: TextKey; label: string; clock?: boolean; readOnly: boolean }) {
  const { settings } = useAdmin().manage;
  return (
    <label class="field">{label}
      <input type="text" name={k} placeholder={clock ? 'HH:MM' : undefined} inputMode={clock ? 'numeric' : undefined} value={settings.draft.value?.[k] ?? ''} readOnly={readOnly}
        onInput={(e) => settings.edit(k, e.currentTarget.value)} />
    </label>
  );
}

function Num({ k, label, readOnly }: { k: NumberKey; label: string; readOnly: boolean }) {
  const { settings } = useAdmin().manage;
  return (
    <label class="field">{label}
      <input type="number" name={k} inputMode="numeric" value={settings.draft.value?.[k] ?? ''} readOnly={readOnly}
        onInput={(e) => { const n = e.currentTarget.valueAsNumber; if (Number.isInteger(n)) settings.edit(k, n); }} />
    </label>
  );
}

function Choice<K extends ChoiceKey>({ k, label, readOnly }: { k: K; label: string; readOnly: boolean }) {
  const { settings } = useAdmin().manage;
  const options = CHOICES[k];
  const keys = Object.keys(options) as HallSettingsDto[K][];
  return (
    <label class="field">{label}
      <select name={k} value={settings.draft.value?.[k] ?? ''} disabled={readOnly}
        onChange={(e) => { const v = keys.find((x) => x === e.currentTarget.value); if (v !== undefined) settings.edit(k, v); }}>
        {keys.map((x) => <option key={x} value={x}>{options[x]}</option>)}
      </select>
    </label>
  );
}

const PARTS = Object.keys(STAFF_PART_LABELS) as (keyof AssessmentWeightsDto)[];

/** 考核权重: each part's weight with its share of the total, so the admin sees what a weight means. */
function Weights({ readOnly }: { readOnly: boolean }) {
  const { settings } = useAdmin().manage;
  const weights = settings.draft.value?.assessmentWeights;
  if (!weights) return null;
  const sum = PARTS.reduce((n, p) => n + weights[p], 0);
  return (
    <fieldset class="settings-group weights" data-testid="weights">
      <legend>考核权重 <span>Assessment weights</span></legend>
      {PARTS.map((p) => (
        <label class="field" key={p}>{STAFF_PART_LABELS[p].zh} · {STAFF_PART_LABELS[p].en}
          <span class="weight-row">
            <input type="number" name={`weight-${p}`} min={0} max={100} inputMode="numeric" value={weights[p]} readOnly={readOnly}
              onInput={(e) => { const n = e.currentTarget.valueAsNumber; if (Number.isInteger(n)) settings.editWeight(p, n); }} />
            <output data-testid={`weight-share-${p}`}>{sum > 0 ? `${Math.round((weights[p] / sum) * 100)}%` : '—'}</output>
          </span>
        </label>
      ))}
      <p class={`weight-sum${sum === 0 ? ' problem' : ''}`} data-testid="weight-sum">
        合计 {sum} · Total {sum}{sum === 0 ? '：至少一项须大于 0 · at least one must be above 0' : ''}
      </p>
    </fieldset>
  );
}

/** 大厅设置: every admin-set rule of the hall, grouped; read-only for supervisors. */
export function SettingsSection() {
  const store = useAdmin();
  const { settings } = store.manage;
  const readOnly = store.state.user.value?.role !== 'admin';
  useEffect(() => { if (!settings.saved.value) void settings.load(); }, [settings]);
  const changed = Object.keys(settings.changes()).length;
  return (
    <section aria-labelledby="settings-title" data-testid="settings-section">
      <div class="section-head">
        <h2 id="settings-title">大厅设置 <span>Hall settings</span></h2>
        {readOnly && <p class="muted">仅管理员可修改 · Only administrators can change these</p>}
      </div>
      {settings.problem.value && <p class="problem" role="alert" data-testid="settings-problem">{settings.problem.value}</p>}
      {settings.draft.value === null ? <p class="muted">正在读取… Loading…</p> : (
        <form class="card settings-form" data-testid="settings-form" onSubmit={(e) => { e.preventDefault(); void settings.save(); }}>
          <SettingsGroup title={<>大厅 <span>Hall</span></>}>
            <Text k="name" label="名称 · Name" readOnly={readOnly} />
            <Text k="nameEn" label="英文名称 · English name" readOnly={readOnly} />
            <Text k="notice" label="大厅屏通知 · Lobby notice" readOnly={readOnly} />
            <Text k="timeZone" label="时区 · Time zone" readOnly={readOnly} />
            <Text k="opensAt" clock label="开门 · Opens at" readOnly={readOnly} />
            <Text k="closesAt" clock label="关门 · Closes at" readOnly={readOnly} />
          </SettingsGroup>
          <SettingsGroup title={<>叫号 <span>Calling</span></>}>
            <Num k="recallLimit" label="重呼次数上限 · Recall limit" readOnly={readOnly} />
            <Num k="recallMinIntervalSec" label="重呼间隔（秒）· Recall interval (s)" readOnly={readOnly} />
            <Choice k="noShowMode" label="过号处理 · No-show rule" readOnly={readOnly} />
            <Num k="noShowSlipPlaces" label="顺延位数 · Places slipped" readOnly={readOnly} />
            <Num k="reactivateWithinMin" label="过号可恢复（分钟）· Reactivate within (min)" readOnly={readOnly} />
            <Num k="maxWaitMin" label="等候超时提醒（分钟）· Waiting alert after (min)" readOnly={readOnly} />
          </SettingsGroup>
          <div class="settings-stack">
            <SettingsGroup title={<>取号 <span>Tickets</span></>}>
              <Choice k="anonymousTickets" label="匿名取号 · Anonymous tickets" readOnly={readOnly} />
              <Num k="kioskIdleSec" label="无操作返回首页（秒）· Kiosk idle reset (s)" readOnly={readOnly} />
              <Num k="kioskTicketReturnSec" label="号票页停留（秒）· Ticket screen stays (s)" readOnly={readOnly} />
            </SettingsGroup>
            <SettingsGroup title={<>评价 <span>Ratings</span></>}>
              <Num k="ratingDays" label="可评价天数 · Days to rate" readOnly={readOnly} />
              <Choice k="ratingPads" label="评价器 · Rating pads" readOnly={readOnly} />
            </SettingsGroup>
          </div>
          <Weights readOnly={readOnly} />
          {!readOnly && (
            <SaveBar name="settings" busy={settings.busy.value} changed={changed} done={settings.done.value} />
          )}
        </form>
      )}
    </section>
  );
}
