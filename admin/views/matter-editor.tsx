/** One matter's editor: the published fields, the checklist, the FAQ and the forms; read-only for supervisors. */
import { HANDLED_BY, ONLINE_LEVELS } from '../../contract/constants.js';
import { useAdmin } from '../context.js';
import type { MatterDraft } from '../matters-draft.js';
import { MatterChecklist, MatterFaq } from './matter-checklist.js';
import { AreaIn, CheckIn, ChoiceIn, NumIn, Problems, TextIn } from './matter-fields.js';
import { MatterForms } from './matter-forms.js';
import { SaveBar } from './form-parts.js';

type Online = MatterDraft['online'];
type Handled = MatterDraft['handledBy'];
const ONLINE_TEXT: Record<Online, string> = { full: '全程网办 · Fully online', partial: '网上申报、现场核验 · Partly online', none: '窗口办理 · At a window' };
const HANDLED_TEXT: Record<Handled, string> = { city: '市级 · City', district: '区级 · District' };
const ONLINE_OPTIONS = ONLINE_LEVELS.map((k): readonly [Online, string] => [k, ONLINE_TEXT[k]]);
const HANDLED_OPTIONS = HANDLED_BY.map((k): readonly [Handled, string] => [k, HANDLED_TEXT[k]]);

function Facts({ d, off }: { d: MatterDraft; off: boolean }) {
  const { matters } = useAdmin().manage;
  const cat = matters.catalog.value;
  const set = <K extends keyof MatterDraft>(k: K) => (v: MatterDraft[K]) => matters.edit(k, v);
  const departments = (cat?.departments ?? []).map((x): readonly [string, string] => [x.id, x.name]);
  const queues = (cat?.queues ?? []).map((x): readonly [string, string] => [x.id, `${x.prefix} · ${x.name}`]);
  return (
    <>
      <fieldset class="settings-group matter-facts">
        <legend>事项 <span>Matter</span></legend>
        <TextIn label="名称 · Name" name="name" value={d.name} set={set('name')} off={off} wide />
        <TextIn label="英文名称 · English name" name="nameEn" value={d.nameEn} set={set('nameEn')} off={off} wide />
        <ChoiceIn label="部门 · Department" name="departmentId" value={d.departmentId} options={departments} set={set('departmentId')} off={off} />
        <ChoiceIn label="队列 · Queue" name="queueId" value={d.queueId} options={queues} set={set('queueId')} off={off} />
        <TextIn label="实施编码 · Code" name="code" value={d.code} set={set('code')} off={off} />
        <ChoiceIn label="办理层级 · Handled by" name="handledBy" value={d.handledBy} options={HANDLED_OPTIONS} set={set('handledBy')} off={off} />
        <TextIn label="关键词（逗号分隔）· Keywords (comma separated)" name="keywords" value={d.keywords} set={set('keywords')} off={off} wide />
        <JointDepartments d={d} off={off} />
      </fieldset>
      <fieldset class="settings-group matter-facts">
        <legend>时限与收费 <span>Time limits &amp; fee</span></legend>
        <NumIn label="承诺时限（工作日）· Promised (working days)" name="promisedDays" value={d.promisedDays} set={(v) => { if (v !== null) matters.edit('promisedDays', v); }} off={off} />
        <NumIn label="法定时限（空 = 无）· Statutory (empty = none)" name="statutoryDays" optional placeholder="无 · None" value={d.statutoryDays} set={set('statutoryDays')} off={off} />
        <div class="checks"><CheckIn label="即办件 · Done on the spot" name="onTheSpot" value={d.onTheSpot} set={set('onTheSpot')} off={off} /></div>
        <ChoiceIn label="网办程度 · Online" name="online" value={d.online} options={ONLINE_OPTIONS} set={set('online')} off={off} />
        <TextIn label="收费（空 = 免费）· Fee (empty = free)" name="fee" placeholder="免费 · Free" value={d.fee} set={set('fee')} off={off} />
        <TextIn label="英文收费 · Fee (English)" name="feeEn" value={d.feeEn} set={set('feeEn')} off={off} />
        <AreaIn label="设定依据 · Legal basis" name="legalBasis" value={d.legalBasis} set={set('legalBasis')} off={off} wide />
      </fieldset>
    </>
  );
}

/** 联办部门: the other departments deciding with the lead one (its cases reach their approvers too). */
function JointDepartments({ d, off }: { d: MatterDraft; off: boolean }) {
  const { matters } = useAdmin().manage;
  const others = (matters.catalog.value?.departments ?? []).filter((x) => x.id !== d.departmentId);
  const toggle = (id: string, on: boolean) =>
    matters.edit('jointDepartmentIds', on ? [...d.jointDepartmentIds, id] : d.jointDepartmentIds.filter((x) => x !== id));
  return (
    <fieldset class="joint-departments wide" data-testid="joint-departments" disabled={off}>
      <legend>联办部门 · Joint departments</legend>
      <div class="checks">
        {others.map((x) => (
          <label key={x.id} class="check">
            <input type="checkbox" name={`joint-${x.id}`} checked={d.jointDepartmentIds.includes(x.id)} onChange={(e) => toggle(x.id, e.currentTarget.checked)} />
            {x.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function MatterEditor() {
  const store = useAdmin();
  const { matters } = store.manage;
  const off = store.state.user.value?.role !== 'admin';
  const d = matters.draft.value;
  if (!d) return <p class="muted matter-none">请从左侧选择一个事项 · Choose a matter on the left</p>;
  const isNew = matters.openId.value === null;
  const changed = Object.keys(matters.changes()).length;
  return (
    // A div, not a form: the forms' upload inside is a form of its own.
    <div class="matter-editor" data-testid="matter-editor">
      <div class="section-head">
        <h3>{isNew ? '新建事项 · New matter' : <>{d.name} <small class="muted">{matters.openId.value}</small></>}</h3>
        {off && <p class="muted" data-testid="matter-read-only">仅管理员可修改 · Only administrators can change this</p>}
      </div>
      <Problems lines={matters.problems.value} testId="matter-problems" />
      <Facts d={d} off={off} />
      <MatterChecklist off={off} />
      <MatterFaq off={off} />
      <MatterForms off={off} />
      {!off && (
        <SaveBar name="matter" className="matter-save" busy={matters.busy.value} changed={changed} done={matters.done.value}
          onSave={() => void matters.save()} {...(isNew ? { label: '创建 · Create' } : {})} />
      )}
    </div>
  );
}
