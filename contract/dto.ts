/**
 * Data shapes exchanged between the hall server and its pages, derived from the schemas.
 * Type-only: importing this costs a page nothing at run time.
 */
import type { Static } from '@sinclair/typebox';
import type * as S from './schemas.js';
import type * as C from './schemas-cases.js';
import type * as Sup from './routes-supervision.js';
import type { UserAccount } from './routes-accounts.js';

export * from './constants.js';

export type MaterialDto = Static<typeof S.Material>;
export type FaqDto = Static<typeof S.Faq>;
export type DepartmentDto = Static<typeof S.Department>;
export type QueueDto = Static<typeof S.Queue>;
export type MatterDto = Static<typeof S.Matter>;
export type HallDto = Static<typeof S.Hall>;
export type CatalogDto = Static<typeof S.Catalog>;
export type TicketDto = Static<typeof S.Ticket>;
export type IssueTicketResponse = Static<typeof S.IssuedTicket>;
export type CurrentTicketDto = Static<typeof S.CurrentTicket>;
export type OutcomeDto = Static<typeof S.Outcome>;
export type WindowDto = Static<typeof S.Window>;
export type CallDto = Static<typeof S.Call>;
export type QueueCountDto = Static<typeof S.QueueCount>;
export type TicketChangeDto = Static<typeof S.TicketChange>;
export type HallSnapshot = Static<typeof S.Snapshot>;
export type WaitingEntryDto = Static<typeof S.WaitingEntry>;
export type WindowQueueDto = Static<typeof S.WindowQueue>;
export type CallNextResultDto = Static<typeof S.CallNextResult>;
export type ClerkStatsDto = Static<typeof S.ClerkStats>;
export type SessionUserDto = Static<typeof S.SessionUser>;
export type IssueTicketRequest = Static<typeof S.IssueTicketBody>;
export type DeviceDto = Static<typeof S.Device>;
export type PairingCodeDto = Static<typeof S.PairingCode>;
export type DeviceCredentialDto = Static<typeof S.DeviceCredential>;
export type DeviceSelfDto = Static<typeof S.DeviceSelf>;
export type PinyinIndexDto = Static<typeof S.PinyinIndex>;
/** An account as the hall administrator sees it: never the hash. */
export type UserAccountDto = Static<typeof UserAccount>;
export type ApplicantDto = Static<typeof S.Applicant>;
export type DeliveryDto = Static<typeof S.Delivery>;
export type CaseRefDto = Static<typeof S.CaseRef>;
export type DocumentRefDto = Static<typeof S.DocumentRef>;
export type CaseSummaryDto = Static<typeof C.CaseSummary>;
export type CaseDetailDto = Static<typeof C.CaseDetail>;
export type CaseTrackDto = Static<typeof C.CaseTrack>;
export type CasePublicStatusDto = Static<typeof C.CasePublicStatus>;
export type DocumentViewDto = Static<typeof C.DocumentView>;
export type LiveBoardDto = Static<typeof Sup.LiveBoard>;
