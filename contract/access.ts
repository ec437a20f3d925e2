/**
 * Who may call a route. Every `/api` route declares one (contract/routes.ts); a route without it
 * stops the server at start-up, so nothing is public by accident.
 * - public: anyone, no session (what it returns is public data or needs a capability such as a ticket id)
 * - staff: any signed-in account; window rules are checked by the use case (an approver staffs no window)
 * - approver: back-office approvers, supervisors and admins; departments are checked by the use case
 * - supervisor: supervisors and admins (reading the whole hall)
 * - admin: hall administrators only (changes to devices, accounts, settings)
 * - platform: the city platform's servers (i厦门 / 闽政通), with an API key an administrator issued
 *   (`authorization: Bearer <key>`); no session, and a staff session does not count
 */
export const ACCESS_LEVELS = ['public', 'staff', 'approver', 'supervisor', 'admin', 'platform'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** The header a paired kiosk sends its credential in (`<deviceId>:<secret>`). */
export const DEVICE_KEY_HEADER = 'x-device-key';
