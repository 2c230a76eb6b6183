/**
 * The second, smaller line of a big button ("Bài tiếp theo" / the lesson's title). The link itself carries the
 * whole name as aria-label ("Bài tiếp theo: …"), which starts with the visible words (for voice control).
 */
export function Detail({ children }: { children: string }) {
  return <span className="button__detail">{children}</span>;
}
