import { render } from 'preact';
import { systemClock } from '../kiosk/clock.js';
import { call } from '../ui/api.js';
import { PadApp } from './app.js';
import { padDeviceKey, padWindowNumber } from './pad-config.js';
import { createPad } from './pad-store.js';
import './rate.css';

const windowNumber = padWindowNumber(location.pathname);
const root = document.getElementById('app');
if (root && windowNumber !== null) {
  document.title = `${windowNumber} 号窗口 · 评价器`;
  const store = createPad({ windowNumber, call, timer: systemClock, deviceKey: padDeviceKey(location.search) });
  render(<PadApp store={store} />, root);
} else if (root) {
  render(<p class="pad-missing">地址有误：请打开 /rate/窗口号 · Open /rate/&lt;window number&gt;</p>, root);
}
