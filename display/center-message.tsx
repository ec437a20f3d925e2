/** A screen-filling message (connecting, unknown window): never a blank TV. */
export function CenterMessage({ zh, en }: { zh: string; en: string }) {
  return (
    <div class="center-message" role="status">
      <p class="center-message__zh">{zh}</p>
      <p class="center-message__en">{en}</p>
    </div>
  );
}

export function Connecting() {
  return <CenterMessage zh="正在连接大厅服务器…" en="Connecting to the hall server…" />;
}
