import { describe, expect, it } from 'vitest';
import { ApiError } from './api.js';
import { complaintBody, createComplaintForm, receiptText } from './complaint-form.js';

describe('the complaint form', () => {
  it('needs a category and a text, links what it is about, and drops empty contacts', () => {
    expect(complaintBody({ category: null, text: '太慢', name: '', phone: '' }, null)).toBeNull();
    expect(complaintBody({ category: 'efficiency', text: '  ', name: '', phone: '' }, null)).toBeNull();
    expect(complaintBody({ category: 'efficiency', text: ' 太慢 ', name: ' ', phone: '' }, { ticketId: 't1' }))
      .toEqual({ category: 'efficiency', text: '太慢', ticketId: 't1' });
    expect(complaintBody({ category: 'other', text: 'x', name: '王', phone: '139' }, { caseToken: 'k' }))
      .toEqual({ category: 'other', text: 'x', contactName: '王', contactPhone: '139', caseToken: 'k' });
  });

  it('says by when the hall answers', () => {
    expect(receiptText('2026-12-11').zh).toBe('已收到，我们将在 2026-12-11 前处理并回复');
  });

  it('keeps the draft when the hall refuses it and clears it once taken', async () => {
    let answer: 'refuse' | 'take' = 'refuse';
    const form = createComplaintForm(async () => {
      if (answer === 'refuse') throw new ApiError(400, 'phone-invalid', 'bad phone');
      return { id: 1, dueDate: '2026-12-11' };
    });
    form.open();
    expect(await form.submit(null)).toBe(false);
    expect(form.error.value?.zh).toBe('请选择类别并填写内容');
    form.edit({ category: 'attitude', text: '态度差', phone: '12' });
    expect(await form.submit(null)).toBe(false);
    expect(form.error.value?.zh).toContain('手机号码');
    expect(form.draft.value.text).toBe('态度差');
    answer = 'take';
    expect(await form.submit(null)).toBe(true);
    expect(form.receipt.value?.dueDate).toBe('2026-12-11');
    expect(form.draft.value.text).toBe('');
  });
});
