import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Scrolling speed: about three characters a second at the notice's type size, readable from afar. */
const PX_PER_SECOND = 110;

/**
 * The hall's notice. Shown still when it fits; a longer one scrolls (滚动字幕) so nothing of
 * it is ever cut off, whatever length the hall sets.
 */
export function NoticeLine({ text }: { text: string }) {
  const track = useRef<HTMLDivElement>(null);
  const words = useRef<HTMLSpanElement>(null);
  /** Seconds one pass takes, or null when the notice fits and stands still. */
  const [duration, setDuration] = useState<number | null>(null);

  useLayoutEffect(() => {
    // The words are measured on their own (not the padded, moving wrapper), so the check gives
    // the same answer whether or not the notice is scrolling already.
    const measure = () => {
      if (!track.current || !words.current) return;
      const room = track.current.clientWidth;
      const width = words.current.offsetWidth;
      // One pass moves the words in from the right edge until they have left on the left.
      setDuration(width > room ? Math.round((room + width) / PX_PER_SECOND) : null);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [text]);

  if (!text.trim()) return null;
  const scroll = duration !== null;
  const style = scroll ? { animationDuration: `${duration}s` } : undefined;
  return (
    <footer class="notice">
      <span class="notice__label">公告<span class="en">Notice</span></span>
      <div class="notice__track" ref={track}>
        <span class={`notice__mover${scroll ? ' is-scrolling' : ''}`} style={style}>
          <span class="notice__text" ref={words}>{text}</span>
        </span>
      </div>
    </footer>
  );
}
