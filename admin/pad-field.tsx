import { useState } from 'preact/hooks';
import type { DeviceDto } from '../contract/dto.js';
import { useAdmin } from './context.js';
import { replaceDevice } from './devices.js';
import { windowNumberOf } from './pad-binding.js';

/** 评价器窗口: the window whose rating pad this device is (empty: a kiosk), and the field to change it. */
export function PadField({ device }: { device: DeviceDto }) {
  const { pads } = useAdmin().manage;
  const [text, setText] = useState(device.windowNumber === null ? '' : String(device.windowNumber));
  const wanted = windowNumberOf(text);
  const unchanged = wanted === device.windowNumber;
  const problem = pads.problem.value?.deviceId === device.id ? pads.problem.value.text : null;
  return (
    <form class="pad-field" onSubmit={(e) => {
      e.preventDefault();
      if (wanted !== undefined && !unchanged) void pads.bind(device.id, wanted).then((d) => { if (d) replaceDevice(d); });
    }}>
      <span class={`tag ${device.windowNumber === null ? 'off' : 'ok'}`} data-testid="pad-binding">
        {device.windowNumber === null ? '取号机 · Kiosk' : `${device.windowNumber} 号窗口评价器 · Pad, window ${device.windowNumber}`}
      </span>
      <div class="pad-edit">
        <input type="text" inputMode="numeric" aria-label={`${device.id} 评价器窗口 · Pad for window`} placeholder="—" value={text}
          data-testid="pad-window" aria-invalid={wanted === undefined} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" class="btn" data-testid="pad-save" disabled={pads.busy.value !== null || wanted === undefined || unchanged}>设定 · Set</button>
      </div>
      {problem && pads.busy.value === null && <small role="alert">{problem}</small>}
    </form>
  );
}
