/** The console's case work in Node against a real hall server: what the store shows is what the server did. */
import { describe, expect, it } from 'vitest';
import type { CaseDetailDto, TicketDto } from '../contract/dto.js';
import { EMPTY_APPLICANT } from './applicant-form.js';
import { EMPTY_HAND_OUT } from './case-desk.js';
import { Browser, hallForConsoles, until } from './console-harness.js';
import type { ConsoleStore } from './console.js';
import { EMPTY_FORM, type FinishContext, type OutcomeForm } from './outcome-form.js';

const hall = hallForConsoles();
const { working } = hall;
const WANG = { ...EMPTY_APPLICANT, name: '王小明', phone: '13812345678', idNumber: '11010519491231002X' };

const idle = (c: ConsoleStore) => until(() => c.state.busy.value === null, 'command answered');
const inject = (method: 'GET' | 'POST', url: string, payload?: object, cookie?: string) =>
  hall.server.app.inject({ method, url, ...(payload ? { payload } : {}), headers: cookie ? { cookie } : {} });
const ticket = async (id: string) => (await inject('GET', `/api/tickets/${id}`)).json<TicketDto>();
const caseNow = async (number: string) => (await inject('GET', `/api/cases/${number}`, undefined, await hall.server.login('supervisor'))).json<CaseDetailDto>();

async function issueFor(matterId: string): Promise<TicketDto> {
  const r = await inject('POST', '/api/tickets', { matterId });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<TicketDto>();
}

/** Call and start the next ticket at the console's window. */
async function serveNext(c: ConsoleStore): Promise<void> {
  await until(() => c.state.pad.value['call-next'].enabled, 'someone waiting');
  c.actions.trigger('call-next');
  await idle(c);
  c.actions.trigger('start');
  await idle(c);
}

/** Serve the next ticket and accept it through the store with the given form; returns the case number. */
async function accept(c: ConsoleStore, form: OutcomeForm): Promise<string> {
  await serveNext(c);
  const t = c.state.current.value;
  const ctx: FinishContext = { materials: t?.matter?.materials ?? [], received: c.state.received.value, needsMatter: !t?.matter };
  c.actions.trigger('finish');
  expect(await c.actions.finishForm(form, ctx)).toBeNull();
  const number = c.state.issued.value?.case?.number;
  if (!number) throw new Error('no case issued');
  return number;
}

describe('finishing as accepted at the console', () => {
  it('opens a case with the applicant, the ticked copies and mail delivery; P opens its notice until the next call', async () => {
    const issued = await issueFor('market-005');
    await issueFor('market-005');
    const b = new Browser('w2');
    const c = await working(b, 'clerk02', 2);
    await serveNext(c);
    c.actions.toggleReceived(0);
    c.actions.toggleReceived(1);
    const t = c.state.current.value;
    const ctx: FinishContext = { materials: t?.matter?.materials ?? [], received: c.state.received.value, needsMatter: false };
    const form: OutcomeForm = { ...EMPTY_FORM, kind: 'accepted', applicant: WANG, delivery: 'mail', address: '厦门市思明区湖滨北路 1 号', copies: { 1: 3 } };
    c.actions.trigger('finish');
    expect(await c.actions.finishForm(form, ctx)).toBeNull();

    const shown = c.state.issued.value;
    expect(shown?.document.kind).toBe('acceptance-notice');
    expect(shown?.ticketNumber).toBe(issued.number);
    const stored = await ticket(issued.id);
    expect(stored.status).toBe('done');
    expect(stored.case?.number).toBe(shown?.case?.number);
    const detail = await caseNow(stored.case?.number ?? '');
    expect(detail.delivery).toEqual({ method: 'mail', address: '厦门市思明区湖滨北路 1 号' });
    expect(detail.applicant.idNumber).toBe('1101**********002X');
    expect(detail.materials.map((m) => m.copies)).toEqual([1, 3]);

    c.actions.tool('print-document');
    expect(b.opened).toEqual([stored.document?.url]);
    c.actions.trigger('call-next');
    await idle(c);
    expect(c.state.issued.value).toBeNull();
    c.actions.tool('print-document');
    expect(b.opened).toHaveLength(1);
  });

  it('a bad resident ID is refused on the console and nothing is sent', async () => {
    const issued = await issueFor('market-005');
    const b = new Browser('w3');
    const c = await working(b, 'clerk03', 3);
    await serveNext(c);
    c.actions.trigger('finish');
    const before = b.sent.length;
    const form: OutcomeForm = { ...EMPTY_FORM, kind: 'accepted', applicant: { ...WANG, idNumber: '110105194912310021' } };
    expect(await c.actions.finishForm(form, { materials: [], received: new Set(), needsMatter: false })).toContain('身份证号码有误');
    expect(b.sent.slice(before)).toEqual([]);
    expect(await ticket(issued.id)).toMatchObject({ status: 'serving', case: null });
  });
});

describe('the case tool and the results window', () => {
  it('takes in a supplement found by a scanned tracking link; a typo is refused before sending', async () => {
    await issueFor('construction-approval-003');
    const c = await working(new Browser('w24'), 'clerk24', 24);
    const number = await accept(c, { ...EMPTY_FORM, kind: 'accepted', applicant: WANG });
    const approver = await hall.server.login('ap-construction');
    const asked = await inject('POST', `/api/cases/${number}/supplement-request`, { materials: ['施工图审查合格书'] }, approver);
    expect(asked.statusCode, asked.body).toBe(200);

    c.actions.tool('case-tool');
    expect(c.state.dialog.value).toEqual({ kind: 'case-tool' });
    const link = `http://hall.example${c.state.issued.value?.case?.trackUrl ?? ''}`;
    expect(await c.actions.findCase(link)).toBeNull();
    expect(c.state.foundCase.value).toMatchObject({ number, status: 'supplement-requested' });
    expect(await c.actions.receiveSupplement('')).toBeNull();
    expect(c.state.foundCase.value?.status).toBe('supplement-received');
    expect((await caseNow(number)).status).toBe('supplement-received');
    expect(await c.actions.findCase('not a case')).toContain('办件编号');
  });

  it('hands a ready result out at window 33 after the identity check, finishing the results ticket', async () => {
    await issueFor('construction-approval-003');
    const front = await working(new Browser('w25'), 'clerk25', 25);
    const number = await accept(front, { ...EMPTY_FORM, kind: 'accepted', applicant: WANG });
    const approver = await hall.server.login('ap-construction');
    expect((await inject('POST', `/api/cases/${number}/decision`, { decision: 'approved', opinion: '同意' }, approver)).statusCode).toBe(200);
    expect((await inject('POST', `/api/cases/${number}/result-ready`, {}, approver)).statusCode).toBe(200);
    const pickup = (await inject('POST', '/api/tickets', { caseRef: number })).json<TicketDto>();

    const b = new Browser('w33');
    const c = await working(b, 'clerk33', 33);
    await until(() => c.state.pad.value['call-next'].enabled, 'the results ticket waiting');
    c.actions.trigger('call-next');
    await idle(c);
    await until(() => c.state.resultCase.value?.number === number, 'the results panel loaded its case');
    const before = b.sent.length;
    expect(await c.actions.handOut(EMPTY_HAND_OUT)).toContain('核验身份');
    expect(b.sent.slice(before)).toEqual([]);
    expect(await c.actions.handOut({ ...EMPTY_HAND_OUT, identityChecked: true })).toBeNull();
    expect((await caseNow(number)).status).toBe('delivered');
    expect(await ticket(pickup.id)).toMatchObject({ status: 'done' });
    expect(c.state.current.value).toBeNull();
    expect(c.state.resultCase.value).toBeNull();
  });
});
