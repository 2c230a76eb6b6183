/**
 * A progress bar screen readers can read: role="progressbar" with its numbers and the same words as on screen
 * ("3/5 bài, bài kiểm tra: đạt"). The visible words are hidden from them so they are not read twice.
 */
export function ProgressBar({ label, now, max, text }: { label: string; now: number; max: number; text: string }) {
  const value = Math.max(0, Math.min(now, max));
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div className={`progress__fill${value >= max && max > 0 ? ' progress__fill--full' : ''}`} style={{ width: `${percent}%` }} />
      </div>
      <p className="progress__text" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}
