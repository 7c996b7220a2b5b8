import "./Logo.css";

/** The wordmark: a path through three phase dots, looping back. Decorative; the name is text. */
export function Logo({ name }: { name: string }) {
  return (
    <span className="Logo">
      <svg className="Logo-mark" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
        <rect width="28" height="28" rx="7" fill="var(--ink)" />
        <path
          d="M6 17 C 9 9, 12 9, 14 14 S 19 19, 22 11"
          fill="none"
          stroke="#fff"
          strokeWidth="2"
          strokeLinecap="round"
        />
        <circle cx="6" cy="17" r="2.4" fill="#a5b4fc" />
        <circle cx="14" cy="14" r="2.4" fill="#67e8f9" />
        <circle cx="22" cy="11" r="2.4" fill="#5eead4" />
      </svg>
      <span className="Logo-name">{name}</span>
    </span>
  );
}
