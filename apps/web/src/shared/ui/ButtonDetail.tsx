/**
 * The words of a big button with a second, smaller line: "Bài tiếp theo:" over the lesson's title. No aria-label:
 * the accessible name is the visible text itself ("Bài tiếp theo: …", the title being a block, so browsers put a
 * space before it), so what voice control users say and what screen readers read is what is on screen (axe
 * label-content-name-mismatch).
 */
export function ButtonText({ label, detail }: { label: string; detail?: string | null }) {
  if (!detail) return <>{label}</>;
  return (
    <>
      {label}:<span className="button__detail">{detail}</span>
    </>
  );
}
