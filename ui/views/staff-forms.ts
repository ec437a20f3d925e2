/** What the shared staff forms read from a page's store: both the console and the back office have these. */
import type { ReadonlySignal } from '@preact/signals';
import type { CatalogDto, SessionUserDto } from '../../contract/dto.js';
import type { Notice } from '../staff-session.js';

export interface StaffFormsStore {
  state: {
    readonly catalog: ReadonlySignal<CatalogDto | null>;
    readonly signInNotice: ReadonlySignal<Notice | null>;
    readonly user: ReadonlySignal<SessionUserDto | null>;
    /** Any mark disables the forms' buttons; 'sign-in' and 'password' are theirs. */
    readonly busy: ReadonlySignal<string | null>;
  };
  actions: {
    signIn(username: string, password: string): Promise<string | null>;
    changePassword(currentPassword: string, newPassword: string): Promise<string | null>;
    signOut(): Promise<void>;
  };
}

/** Chinese first, then English, as every page words things. */
export interface Words {
  zh: string;
  en: string;
}
