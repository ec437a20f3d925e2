/**
 * 管理: the hall's administration in parts, one at a time (a long page of every form was hard to find
 * one's way in). The first part keeps the hall-wide settings and devices; the others hold the catalogue,
 * queues and windows, staff accounts and the audit log. Supervisors see every part read-only.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { CalendarSection } from '../calendar.js';
import { CatalogSection } from '../catalog-section.js';
import { KiosksSection } from '../kiosks.js';
import { ScreensIndex } from '../screens-index.js';
import { SettingsSection } from '../settings-section.js';
import { WebhooksSection } from '../webhooks.js';
import { WindowsSection } from '../windows-section.js';
import { AccountsSection } from '../accounts-section.js';
import { AuditSection } from '../audit-section.js';
import { RosterSection } from '../roster-section.js';
import { WhatIfSection } from '../whatif-section.js';
import { AppointmentsSection } from '../appointments-section.js';
import { MattersPart } from './matters-part.js';
import { QueuesPart } from './queues-table.js';

function HallPart() {
  return (
    <>
      <SettingsSection />
      <CatalogSection />
      <KiosksSection />
      <WebhooksSection />
      <CalendarSection />
      <ScreensIndex />
    </>
  );
}

export interface ManagePart { id: string; zh: string; en: string; view: ComponentType }

/** The parts in the order of the sub-navigation; the first opens by default. */
export const MANAGE_PARTS: readonly ManagePart[] = [
  { id: 'hall', zh: '大厅与设备', en: 'Hall & devices', view: HallPart },
  { id: 'matters', zh: '事项', en: 'Matters', view: MattersPart },
  { id: 'queues', zh: '队列', en: 'Queues', view: QueuesPart },
  { id: 'windows', zh: '窗口', en: 'Windows', view: WindowsSection },
  { id: 'staff', zh: '人员', en: 'Staff accounts', view: AccountsSection },
  { id: 'roster', zh: '排班', en: 'Roster', view: RosterSection },
  // Beside the roster: another roster tried on a real day. Supervisors run it too (it changes nothing).
  { id: 'whatif', zh: '推演', en: 'What if', view: WhatIfSection },
  { id: 'appointments', zh: '预约', en: 'Appointments', view: AppointmentsSection },
  { id: 'audit', zh: '审计', en: 'Audit log', view: AuditSection },
];

export function Manage() {
  const [current, setCurrent] = useState(MANAGE_PARTS[0]?.id ?? 'hall');
  const part = MANAGE_PARTS.find((p) => p.id === current) ?? MANAGE_PARTS[0];
  const View = part?.view ?? HallPart;
  return (
    <main class="manage">
      <nav class="manage-nav" aria-label="管理栏目 Administration parts">
        {MANAGE_PARTS.map((p) => (
          <button key={p.id} type="button" class={`btn${p.id === current ? ' primary' : ''}`} aria-pressed={p.id === current}
            data-testid={`manage-tab-${p.id}`} onClick={() => setCurrent(p.id)}>
            {p.zh} <small>{p.en}</small>
          </button>
        ))}
      </nav>
      <View />
    </main>
  );
}
