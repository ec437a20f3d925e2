import { useEffect, useState } from 'preact/hooks';
import type { DeviceDto } from '../contract/dto.js';
import { busy, codes, confirmingUnpair, devices, loadDevices, makePairingCode, problem, REFRESH_MS, unpairDevice } from './devices.js';
import { dateTime, PRINTER_STATUS } from './labels.js';
import { PairingCodeCard } from './pairing-code-card.js';
import { AddDeviceForm, PrinterField } from './device-setup-views.js';
import { PadField } from './pad-field.js';
import { session } from './session.js';

function ConfirmUnpair({ device }: { device: DeviceDto }) {
  return (
    <div class="confirm" role="alertdialog" aria-labelledby={`unpair-${device.id}`} data-testid="confirm-unpair">
      <p id={`unpair-${device.id}`}>
        确定解除 <strong>{device.id}</strong> 的配对？解除后该机不再打印凭条，也不能办理绿色通道，但仍可取普通号。
        <br />Unpair {device.id}? It stops printing and loses the green channel; plain tickets still work.
      </p>
      <button type="button" class="btn danger" data-testid="confirm-unpair-yes" disabled={busy.value !== null}
        onClick={() => void unpairDevice(device.id)}>确认解除 · Unpair</button>
      <button type="button" class="btn" data-testid="confirm-unpair-no" onClick={() => { confirmingUnpair.value = null; }}>取消 · Cancel</button>
    </div>
  );
}

function DeviceRow({ device, now }: { device: DeviceDto; now: number }) {
  const code = codes.value.get(device.id);
  const confirming = confirmingUnpair.value === device.id;
  return (
    <>
      <tr data-device={device.id} data-paired={String(device.paired)}>
        <td><strong>{device.id}</strong></td>
        <td>{device.name}</td>
        <td class="pairing" data-testid="device-pairing">
          {device.paired
            ? <><span class="tag ok">已配对 · Paired</span>{device.pairedAt && <small>{dateTime(device.pairedAt)} 起 · since</small>}</>
            : <span class="tag off">未配对 · Not paired</span>}
        </td>
        <td data-testid="device-pad"><PadField device={device} /></td>
        <td class="printer">
          <span class={`tag printer-${device.printerStatus}`}>{PRINTER_STATUS[device.printerStatus]}</span>
          {device.printerDetail && <small>{device.printerDetail}</small>}
          <PrinterField key={device.printerUrl ?? ''} device={device} />
        </td>
        <td>
          <div class="actions">
            <button type="button" class="btn primary" data-testid="make-pairing-code" disabled={busy.value !== null}
              onClick={() => void makePairingCode(device)}>生成配对码 · Pairing code</button>
            {device.paired && (
              <button type="button" class="btn" data-testid="unpair" disabled={busy.value !== null || confirming}
                onClick={() => { confirmingUnpair.value = device.id; }}>解除配对 · Unpair</button>
            )}
          </div>
        </td>
      </tr>
      {(confirming || code) && (
        <tr class="detail-row">
          <td colSpan={6}>
            {confirming && <ConfirmUnpair device={device} />}
            {code && <PairingCodeCard code={code} device={device} now={now} />}
          </td>
        </tr>
      )}
    </>
  );
}

function DeviceTable() {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    void loadDevices();
    const timer = setInterval(() => { setNow(Date.now()); void loadDevices(); }, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const list = devices.value;
  return (
    <>
      {problem.value && <p class="problem" role="alert">{problem.value}</p>}
      {list === null ? <p class="muted">正在读取… Loading…</p> : (
        <table class="devices" data-testid="devices">
          <thead>
            <tr><th>编号 ID</th><th>名称 Name</th><th>配对 Pairing</th><th>评价器窗口 Pad for window</th><th>打印机 Printer</th><th>操作 Actions</th></tr>
          </thead>
          <tbody>
            {list.map((d) => <DeviceRow key={d.id} device={d} now={now} />)}
          </tbody>
        </table>
      )}
      <p class="muted">
        配对后的取号机才会打印凭条、办理绿色通道；未配对的仍可取普通号。· Only paired kiosks print and offer the green channel; unpaired ones still issue plain tickets.
        <button type="button" class="btn link" onClick={() => { setNow(Date.now()); void loadDevices(); }}>刷新 · Refresh</button>
      </p>
    </>
  );
}

/** 自助取号机: pairing codes and unpairing, for a signed-in administrator. */
export function KiosksSection() {
  const s = session.value;
  if (s.kind !== 'signed-in' || s.user.mustChangePassword || s.user.role !== 'admin') return null;
  return (
    <section class="kiosks" aria-labelledby="kiosks-title" data-testid="kiosks">
      <div class="section-head">
        <h2 id="kiosks-title">自助取号机 <span>Kiosks</span></h2>
      </div>
      <DeviceTable />
      <AddDeviceForm />
    </section>
  );
}
