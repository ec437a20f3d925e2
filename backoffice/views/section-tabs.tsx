import { useBackOffice } from '../context.js';

/** 办件 (the case inbox) and 整改 (follow-ups of bad ratings and complaints): the back office's two sections. */
export function SectionTabs() {
  const { state: s, actions } = useBackOffice();
  const screen = s.screen.value;
  const inFollowUps = screen === 'follow-ups' || screen === 'follow-up';
  return (
    <nav class="sections" aria-label="栏目 Sections" data-testid="sections">
      <button type="button" class={`section${inFollowUps ? '' : ' selected'}`} aria-current={inFollowUps ? undefined : 'page'}
        data-section="cases" onClick={() => void actions.backToInbox()}>
        办件审批 <small>Cases</small>
      </button>
      <button type="button" class={`section${inFollowUps ? ' selected' : ''}`} aria-current={inFollowUps ? 'page' : undefined}
        data-section="follow-ups" onClick={() => void actions.showFollowUps()}>
        整改 <small>Follow-ups</small>
      </button>
    </nav>
  );
}
