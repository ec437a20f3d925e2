import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './client.js';
import { devices } from './schema.js';

export type DeviceRow = typeof devices.$inferSelect;
export type PrinterStatus = DeviceRow['printerStatus'];

/** Kiosk devices (自助取号机): their pairing credential and the last known state of their receipt printer. */
export function devicesRepo(db: Db) {
  return {
    /** Only a device of this hall counts: another hall's kiosk id must not print here. */
    get: (hallId: string, id: string): DeviceRow | undefined =>
      db.select().from(devices).where(and(eq(devices.hallId, hallId), eq(devices.id, id))).get(),
    ofHall: (hallId: string): DeviceRow[] =>
      db.select().from(devices).where(eq(devices.hallId, hallId)).orderBy(asc(devices.id)).all(),
    setPrinterStatus(id: string, status: PrinterStatus, detail: string, at: number): void {
      db.update(devices).set({ printerStatus: status, printerDetail: detail, printerCheckedAt: at }).where(eq(devices.id, id)).run();
    },
    setWindowNumber(id: string, windowNumber: number | null): void {
      db.update(devices).set({ windowNumber }).where(eq(devices.id, id)).run();
    },
    insert(row: typeof devices.$inferInsert): void {
      db.insert(devices).values(row).run();
    },
    /** Name and printer (a new printer starts unknown until its first print). */
    setSetup(id: string, set: Pick<Partial<DeviceRow>, 'name' | 'printerUrl' | 'printerStatus' | 'printerDetail' | 'printerCheckedAt'>): void {
      db.update(devices).set(set).where(eq(devices.id, id)).run();
    },
    /** Any hall's: ids are unique across the database. */
    exists: (id: string): boolean => db.select({ id: devices.id }).from(devices).where(eq(devices.id, id)).get() !== undefined,
    setPairing(id: string, set: Pick<Partial<DeviceRow>, 'secretHash' | 'pairedAt' | 'pairingCodeHash' | 'pairingExpiresAt'>): void {
      db.update(devices).set(set).where(eq(devices.id, id)).run();
    },
  };
}

export type DevicesRepo = ReturnType<typeof devicesRepo>;
