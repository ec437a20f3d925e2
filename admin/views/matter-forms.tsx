/** 样表与空白表: the matter's uploaded forms (open, remove) and an upload of one PDF, PNG or JPEG file. */
import { useState } from 'preact/hooks';
import { FORM_KINDS } from '../../contract/constants.js';
import { useAdmin } from '../context.js';
import type { FormUpload } from '../matters-forms.js';

const KIND_TEXT: Record<FormUpload['kind'], string> = { sample: '样表 · Sample', blank: '空白表 · Blank form' };
const size = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 102.4) / 10} KB` : `${Math.round(bytes / 104857.6) / 10} MB`);

function UploadForm() {
  const { matters } = useAdmin().manage;
  const [file, setFile] = useState<File | null>(null);
  // A new key empties the file input after an upload the server took.
  const [round, setRound] = useState(0);
  const [what, setWhat] = useState<FormUpload>({ kind: 'sample', title: '', titleEn: '', materialSeq: null });
  const lines = matters.draft.value?.materials ?? [];
  const send = async () => {
    if (!file) return;
    if (await matters.forms.upload(file, what)) { setFile(null); setRound(round + 1); setWhat({ ...what, title: '', titleEn: '' }); }
  };
  return (
    <form class="form-upload" data-testid="form-upload" onSubmit={(e) => { e.preventDefault(); void send(); }}>
      <label class="field">文件（PDF、PNG、JPEG，≤ 2 MB）· File
        <input key={round} type="file" accept="application/pdf,image/png,image/jpeg" data-testid="form-file" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </label>
      <label class="field">类型 · Kind
        <select name="form-kind" value={what.kind}
          onChange={(e) => { const k = FORM_KINDS.find((x) => x === e.currentTarget.value); if (k) setWhat({ ...what, kind: k }); }}>
          {FORM_KINDS.map((k) => <option key={k} value={k}>{KIND_TEXT[k]}</option>)}
        </select>
      </label>
      <label class="field">标题 · Title
        <input type="text" name="form-title" maxLength={100} value={what.title} onInput={(e) => setWhat({ ...what, title: e.currentTarget.value })} />
      </label>
      <label class="field">英文标题 · English title
        <input type="text" name="form-title-en" maxLength={100} value={what.titleEn} onInput={(e) => setWhat({ ...what, titleEn: e.currentTarget.value })} />
      </label>
      <label class="field">对应材料 · For material
        <select name="form-material" value={what.materialSeq === null ? '' : String(what.materialSeq)}
          onChange={(e) => setWhat({ ...what, materialSeq: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })}>
          <option value="">整个事项 · The matter as a whole</option>
          {lines.map((m, i) => <option key={i} value={String(i)}>{i + 1}. {m.name}</option>)}
        </select>
      </label>
      <button type="submit" class="btn primary" data-testid="form-upload-go" disabled={!file || what.title.trim() === '' || matters.forms.busy.value}>
        上传 · Upload
      </button>
    </form>
  );
}

export function MatterForms({ off }: { off: boolean }) {
  const { matters } = useAdmin().manage;
  const { forms } = matters;
  const lines = matters.draft.value?.materials ?? [];
  const isNew = matters.openId.value === null;
  return (
    <fieldset class="settings-group" data-testid="matter-forms">
      <legend>样表与空白表 <span>Forms ({forms.list.value.length})</span></legend>
      {forms.problem.value && <p class="problem" role="alert" data-testid="form-problem">{forms.problem.value}</p>}
      {forms.list.value.length === 0 ? <p class="muted">尚无上传的表格 · No forms uploaded</p> : (
        <table class="devices forms-table">
          <thead><tr><th>标题 · Title</th><th>类型 · Kind</th><th>对应材料 · Material</th><th>大小 · Size</th><th /></tr></thead>
          <tbody>
            {forms.list.value.map((f) => (
              <tr key={f.id} data-testid={`form-row-${f.id}`}>
                <td>{f.title}{f.titleEn && <small>{f.titleEn}</small>}</td>
                <td>{KIND_TEXT[f.kind]}<small>{f.mime}</small></td>
                <td>{f.materialSeq === null ? '整个事项 · Whole matter' : `${f.materialSeq + 1}. ${lines[f.materialSeq]?.name ?? ''}`}</td>
                <td>{size(f.size)}</td>
                <td class="row-actions">
                  <a class="btn" href={f.url} target="_blank" rel="noopener">打开 · Open</a>
                  {!off && <button type="button" class="btn danger" data-testid={`form-delete-${f.id}`} disabled={forms.busy.value} onClick={() => void forms.remove(f.id)}>删除 · Delete</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!off && (isNew ? <p class="muted">保存新事项后才能上传表格 · Save the new matter first, then upload its forms</p> : <UploadForm />)}
    </fieldset>
  );
}
