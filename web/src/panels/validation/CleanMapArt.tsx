/** The clean-map illustration: a check in a circle with a little confetti in the category colours. */
export function CleanMapArt() {
  return (
    <svg
      className="validation-clean-art"
      width="72"
      height="56"
      viewBox="0 0 72 56"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="36" cy="30" r="17" fill="var(--surface)" stroke="var(--it-integrated)" strokeWidth="2.5" />
      <path
        d="M28 30.5l5.5 5.5 11-12"
        fill="none"
        stroke="var(--it-integrated)"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <rect x="9" y="14" width="7" height="3" rx="1.5" fill="var(--cat-marketing)" transform="rotate(-30 12 15)" />
      <rect x="57" y="10" width="7" height="3" rx="1.5" fill="var(--cat-sales)" transform="rotate(35 60 11)" />
      <rect x="60" y="38" width="6" height="3" rx="1.5" fill="var(--cat-communication)" transform="rotate(-20 63 39)" />
      <rect x="6" y="40" width="6" height="3" rx="1.5" fill="var(--cat-service)" transform="rotate(25 9 41)" />
      <circle cx="21" cy="5" r="2" fill="var(--critical)" />
      <circle cx="50" cy="4" r="1.6" fill="var(--cat-service)" />
      <circle cx="66" cy="25" r="1.6" fill="var(--cat-marketing)" />
      <circle cx="4" cy="27" r="1.6" fill="var(--cat-sales)" />
    </svg>
  );
}
