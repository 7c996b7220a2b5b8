import "./controls.css";

/**
 * The dots an item got in the kept vote, as the card shows its own: a dot and the count, named in
 * full for screen readers and on hover. Nothing when it got none.
 */
export function KeptDots({ count, label }: { count: number | undefined; label: (count: number) => string }) {
  if (count === undefined || count <= 0) return null;
  return (
    <span className="kept-dots" role="img" aria-label={label(count)} title={label(count)}>
      <span className="kept-dots-dot" aria-hidden="true" />
      {count}
    </span>
  );
}
