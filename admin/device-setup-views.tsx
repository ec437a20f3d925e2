import { useState } from 'preact/hooks';
import type { DeviceDto } from '../contract/dto.js';
import { useAdmin } from './context.js';
import { printerUrlOf } from './device-setup.js';
import { devices, replaceDevice } from './devices.js';

/** 打印机: the device's printer address, editable by an administrator (empty: no printer). */
export function PrinterField({ device }: { device: DeviceDto }) {
  const { setup } = useAdmin().manage;
  const [text, setText] = useState(device.printerUrl ?? '');
  const unchanged = printerUrlOf(text) === device.printerUrl;
  const problem = setup.problem.value?.deviceId === device.id ? setup.problem.value.text : null;
  return (
    <form class="pad-edit printer-edit" onSubmit={(e) => {
      e.preventDefault();
      if (!unchanged) void setup.setPrinter(device, text).then((d) => { if (d) replaceDevice(d); });
    }}>
      <input type="text" aria-label={`${device.id} 打印机地址 · Printer address`} placeholder="tcp://192.168.1.50:9100" value={text}
        data-testid="printer-url" onInput={(e) => setText(e.currentTarget.value)} />
      <button type="submit" class="btn" data-testid="printer-save" disabled={setup.busy.value || unchanged}>保存 · Save</button>
      {problem && <small role="alert">{problem}</small>}
    </form>
  );
}

/** 新增设备: a kiosk or pad with its id (typed by installers, e.g. K03), name and printer. */
export function AddDeviceForm() {
  const { setup } = useAdmin().manage;
  const [form, setForm] = useState({ id: '', name: '', printer: '' });
  const problem = setup.problem.value?.deviceId === 'new' ? setup.problem.value.text : null;
  return (
    <form class="add-device" data-testid="add-device" onSubmit={(e) => {
      e.preventDefault();
      void setup.add(form).then((d) => {
        if (!d) return;
        devices.value = [...(devices.value ?? []), d].sort((a, b) => a.id.localeCompare(b.id));
        setForm({ id: '', name: '', printer: '' });
      });
    }}>
      <h3>新增设备 <small>Add a kiosk or pad</small></h3>
      <label class="field">编号 ID<input name="id" required maxLength={16} pattern="[A-Za-z0-9\-]+" placeholder="K03" value={form.id}
        onInput={(e) => setForm({ ...form, id: e.currentTarget.value })} /></label>
      <label class="field">名称 Name<input name="name" required maxLength={60} placeholder="3号自助取号机" value={form.name}
        onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} /></label>
      <label class="field">打印机 Printer<input name="printer" placeholder="tcp://192.168.1.53:9100（无则留空 · empty: none）" value={form.printer}
        onInput={(e) => setForm({ ...form, printer: e.currentTarget.value })} /></label>
      <button type="submit" class="btn primary" data-testid="add-device-save" disabled={setup.busy.value}>新增 · Add</button>
      {problem && <p class="problem" role="alert">{problem}</p>}
    </form>
  );
}
