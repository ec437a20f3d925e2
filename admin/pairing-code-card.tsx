import type { DeviceDto } from '../contract/dto.js';
import { closeCode, codeState, type IssuedCode } from './devices.js';
import { clockTime } from './labels.js';

/**
 * The code to type on the kiosk, large enough to read from a step away, and the link that pairs a
 * kiosk on opening. The link is text, not a hyperlink: clicked here it would pair this browser.
 */
export function PairingCodeCard({ code, device, now }: { code: IssuedCode; device: DeviceDto | undefined; now: number }) {
  const state = codeState(code, device, now);
  const link = `${location.origin}/kiosk?device=${encodeURIComponent(code.deviceId)}&pair=${code.code}`;
  return (
    <div class={`code-card ${state}`} data-testid="pairing-code-card" data-device={code.deviceId} data-state={state}>
      {state === 'used' ? (
        <p class="code-used" role="status">✓ {code.deviceId} 已用此码完成配对 · Paired with this code</p>
      ) : (
        <>
          <p class="code-label">{code.deviceId} 的配对码 · Pairing code</p>
          <p class="code" data-testid="pairing-code">{code.code}</p>
          <p class="code-expiry" data-testid="pairing-expiry">
            {state === 'expired'
              ? '已过期，请重新生成 · Expired: make a new one'
              : `有效至 ${clockTime(code.expiresAt)}，仅可使用一次 · Valid until ${clockTime(code.expiresAt)}, once`}
          </p>
          <ol class="code-steps">
            <li>在取号机上长按顶部「未配对 · 不打印」标记 2 秒，输入此码 · On the kiosk, hold the “Not paired” badge for 2 s and enter the code</li>
            <li>
              或在取号机上打开 · or open on the kiosk:
              <code class="code-link" data-testid="pairing-link">{link}</code>
              <span class="warn">请勿在本电脑打开此链接，否则本浏览器会被配对为取号机 · Do not open it here: it would pair this browser as the kiosk</span>
            </li>
          </ol>
        </>
      )}
      <button type="button" class="btn" onClick={() => closeCode(code.deviceId)}>关闭 · Close</button>
    </div>
  );
}
