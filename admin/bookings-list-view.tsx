import { useEffect } from 'preact/hooks';
import { useAdmin } from './context.js';
import type { BookingLine } from './bookings-list.js';

const STATUS: Record<BookingLine['status'], { zh: string; en: string }> = {
  booked: { zh: '待签到', en: 'Booked' }, 'checked-in': { zh: '已签到', en: 'Checked in' },
  missed: { zh: '爽约', en: 'Missed' }, cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** 预约名单: who comes when on a day, and how many came, missed or cancelled. */
export function BookingsListSection() {
  const list = useAdmin().manage.appointments.bookings;
  useEffect(() => { void list.load(); }, [list]);
  const rows = list.rows.value;
  const c = list.counts.value;
  return (
    <section class="appointments" aria-labelledby="bookings-title" data-testid="bookings-list">
      <div class="section-head">
        <h2 id="bookings-title">预约名单 <span>Bookings</span></h2>
        <label class="inline">日期 · Day{' '}
          <input type="date" value={list.day.value} data-testid="bookings-day" onChange={(e) => void list.load(e.currentTarget.value)} />
        </label>
      </div>
      {list.problem.value && <p class="problem" role="alert">{list.problem.value}</p>}
      <p class="booking-counts" data-testid="booking-counts">
        {(Object.keys(STATUS) as BookingLine['status'][]).map((k) => <span key={k} class={`count-${k}`}>{STATUS[k].zh} {c[k]} <small>{STATUS[k].en}</small></span>)}
      </p>
      {rows === null ? <p class="muted">正在读取… Loading…</p> : rows.length === 0 ? <p class="muted">这天没有预约 · No bookings this day</p> : (
        <table class="devices bookings-table">
          <thead><tr><th>时段 Slot</th><th>事项 Matter</th><th>预约人 Visitor</th><th>渠道 Channel</th><th>状态 Status</th><th>号码 Ticket</th></tr></thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} data-status={r.status}>
                <td>{r.start}</td><td>{r.matterName}</td><td>{r.name} · {r.phoneMasked}</td>
                <td>{r.channel === 'web' ? '网上 Web' : '市平台 Platform'}</td>
                <td class={`status-${r.status}`}>{STATUS[r.status].zh} <small>{STATUS[r.status].en}</small></td>
                <td>{r.ticketNumber ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
