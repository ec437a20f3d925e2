/**
 * 预约 Appointments (管理 → 预约): the appointment rules grouped in plain words, the city platform's
 * API keys, and a link to the visitors' booking page. Supervisors read the rules; keys are for admins.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { ApiKeysSection } from './api-keys.js';
import type { AppointmentRulesForm, NumberRule, SwitchRule } from './appointments-store.js';
import { RULE_BOUNDS, sharePercent } from './appointments-store.js';
import { useAdmin } from './context.js';
import './appointments.css';
import { BookingsListSection } from './bookings-list-view.js';
import { SaveBar, SettingsGroup } from './views/form-parts.js';

const useRules = (): AppointmentRulesForm => useAdmin().manage.appointments.rules;

function Group({ title, children, testId }: { title: ComponentChildren; children: ComponentChildren; testId: string }) {
  return <SettingsGroup title={title} testId={testId} className="rules-group">{children}</SettingsGroup>;
}

/** A whole-number rule with its unit after the box and, when out of bounds, why under it. */
function Num({ k, label, unit }: { k: Exclude<NumberRule, 'share'>; label: string; unit: string }) {
  const rules = useRules();
  const value = rules.draft.value?.[k];
  const why = rules.invalid.value[k];
  const b = RULE_BOUNDS[k];
  return (
    <label class="field">{label}
      <span class="rule-input">
        <input type="number" name={k} inputMode="numeric" min={b.min} max={b.max} step={1} readOnly={!rules.mayChange()}
          value={value === undefined || Number.isNaN(value) ? '' : value} aria-invalid={why !== undefined}
          onInput={(e) => rules.edit(k, e.currentTarget.valueAsNumber)} />
        <span class="unit">{unit}</span>
      </span>
      {why !== undefined && <small class="rule-problem" role="alert" data-testid={`rule-problem-${k}`}>{why}</small>}
    </label>
  );
}

function SharePercent() {
  const rules = useRules();
  const share = rules.draft.value?.share;
  const why = rules.invalid.value.share;
  return (
    <label class="field">可预约比例 · Bookable share
      <span class="rule-input">
        <input type="number" name="share" inputMode="decimal" min={0} max={100} step="any" readOnly={!rules.mayChange()}
          value={share === undefined || Number.isNaN(share) ? '' : sharePercent(share)} aria-invalid={why !== undefined}
          onInput={(e) => rules.editSharePercent(e.currentTarget.valueAsNumber)} />
        <span class="unit">%</span>
      </span>
      <small class="hint">排班计划接待量中可供预约的部分，其余留给现场取号 · Of the roster's planned capacity; the rest stays for walk-ins</small>
      {why !== undefined && <small class="rule-problem" role="alert" data-testid="rule-problem-share">{why}</small>}
    </label>
  );
}

function Switch({ k, label }: { k: SwitchRule; label: string }) {
  const rules = useRules();
  return (
    <label class="check rule-switch">
      <input type="checkbox" name={k} checked={rules.draft.value?.[k] ?? false} disabled={!rules.mayChange()}
        onChange={(e) => rules.edit(k, e.currentTarget.checked)} />
      {label}
    </label>
  );
}

/** The cap in one sentence with the values typed, so the admin reads what K and N do. */
function CapSentence() {
  const d = useRules().draft.value;
  if (!d) return null;
  const n = Number.isNaN(d.walkInWaitMin) ? 'N' : d.walkInWaitMin;
  const k = Number.isNaN(d.capEvery) ? 'K' : d.capEvery;
  return (
    <p class="rule-explain" data-testid="cap-sentence">
      步行到厅的群众等候超过 {n} 分钟时，每个窗口每 {k} 次叫号最多优先 1 个预约。
      <small>While walk-ins have waited over {n} min, each window calls at most 1 appointment ahead of them in every {k} calls.</small>
    </p>
  );
}

function RulesForm() {
  const rules = useRules();
  const readOnly = !rules.mayChange();
  const changed = Object.keys(rules.changes()).length;
  return (
    <form class="card settings-form rules-form" data-testid="rules-form" noValidate onSubmit={(e) => { e.preventDefault(); void rules.save(); }}>
      <Group testId="rules-booking" title={<>预约 <span>Booking</span></>}>
        <Switch k="enabled" label="接受预约（/book 与市平台）· Take bookings (/book and the city platform)" />
        <SharePercent />
        <Num k="daysAhead" label="可提前预约 · Bookable ahead" unit="天 days" />
        <Num k="bookCutoffMin" label="预约截止：时段开始前 · Booking closes before the slot" unit="分钟 min" />
        <Num k="cancelCutoffMin" label="网上取消截止：时段开始前 · Online cancelling closes before the slot" unit="分钟 min" />
      </Group>
      <div class="settings-stack">
        <Group testId="rules-fairness" title={<>公平 <span>Fairness</span></>}>
          <Num k="perPhone" label="每个手机号最多同时持有 · Bookings a phone may hold" unit="个 bookings" />
          <Num k="missLimit" label="30 天内爽约达到（0 为不限制）· Misses in 30 days that block (0: never)" unit="次 misses" />
          <Num k="blockDays" label="则暂停预约 · …then no booking for" unit="天 days" />
        </Group>
        <Group testId="rules-checkin" title={<>签到 <span>Check-in at the kiosk</span></>}>
          <Num k="checkInEarlyMin" label="最早提前 · Opens before the slot" unit="分钟 min" />
          <Num k="checkInLateMin" label="最晚迟到 · Closes after the slot started" unit="分钟 min" />
        </Group>
      </div>
      <div class="settings-stack">
        <Group testId="rules-calling" title={<>叫号 <span>Calling</span></>}>
          <Num k="walkInWaitMin" label="现场群众等候超过 N · Walk-in wait N" unit="分钟 min" />
          <Num k="capEvery" label="每 K 次叫号 · Every K calls" unit="次 calls" />
          <CapSentence />
        </Group>
        <Group testId="rules-remote" title={<>手机取号 <span>Tickets from the phone</span></>}>
          <Switch k="remoteTickets" label="允许手机取号（开放时间内）· Allow tickets from the phone (opening hours)" />
          <Num k="remotePerPhone" label="每个手机号每天 · Per phone a day" unit="张 tickets" />
          <Num k="nearAhead" label="前面还剩 N 人时短信提醒 · “Your turn is near” SMS at N ahead" unit="人 people" />
        </Group>
      </div>
      {!readOnly && (
        <SaveBar name="rules" busy={rules.busy.value} changed={changed} done={rules.done.value} />
      )}
    </form>
  );
}

/** 预约: the rules, the platform's keys and the visitors' page. */
export function AppointmentsSection() {
  const rules = useRules();
  const readOnly = !rules.mayChange();
  useEffect(() => { void rules.load(); }, [rules]);
  return (
    <>
      <section class="appointments" aria-labelledby="rules-title" data-testid="appointments-section">
        <div class="section-head">
          <h2 id="rules-title">预约规则 <span>Appointment rules</span></h2>
          <a class="btn book-link" href="/book" target="_blank" rel="noopener" data-testid="book-link">打开预约页 /book ↗ · Open the visitors' page</a>
        </div>
        {readOnly && <p class="muted">仅管理员可修改 · Only administrators can change these</p>}
        {rules.problem.value && <p class="problem" role="alert" data-testid="rules-problem">{rules.problem.value}</p>}
        {rules.draft.value === null ? <p class="muted">正在读取… Loading…</p> : <RulesForm />}
      </section>
      <BookingsListSection />
      <ApiKeysSection />
    </>
  );
}
