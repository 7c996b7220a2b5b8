import type { ReactNode, SVGProps } from "react";

/*
 * The panels' line icons: 16px, 1.6 stroke, currentColor, always decorative (aria-hidden): the
 * control or text beside an icon carries the accessible name.
 */

type IconProps = Omit<SVGProps<SVGSVGElement>, "children"> & { size?: number };

function icon(paths: ReactNode) {
  return function Icon({ size = 16, ...rest }: IconProps) {
    return (
      <svg
        width={size}
        height={size}
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.6}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...rest}
      >
        {paths}
      </svg>
    );
  };
}

export const CloseIcon = icon(<path d="M4 4l8 8M12 4l-8 8" />);
export const PlusIcon = icon(<path d="M8 3v10M3 8h10" />);
export const TrashIcon = icon(
  <>
    <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4" />
    <path d="M6.8 6.8v4.2M9.2 6.8v4.2" />
  </>,
);
export const ArrowUpIcon = icon(<path d="M8 13V3M4 7l4-4 4 4" />);
export const ArrowDownIcon = icon(<path d="M8 3v10M4 9l4 4 4-4" />);
export const ChevronIcon = icon(<path d="M6 4l4 4-4 4" />);
export const SearchIcon = icon(
  <>
    <circle cx="7" cy="7" r="4.2" />
    <path d="M10.2 10.2L13.5 13.5" />
  </>,
);
export const CheckIcon = icon(<path d="M3.5 8.5l3 3 6-7" />);
export const ErrorIcon = icon(
  <>
    <circle cx="8" cy="8" r="6" />
    <path d="M8 4.8v3.6M8 11h0" />
  </>,
);
export const WarningIcon = icon(
  <>
    <path d="M8 2.2l6 10.8H2z" />
    <path d="M8 6.5v3M8 11.3h0" />
  </>,
);
export const InfoIcon = icon(
  <>
    <circle cx="8" cy="8" r="6" />
    <path d="M8 7.4v3.8M8 5h0" />
  </>,
);
export const StarIcon = icon(<path d="M8 1.8l1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z" />);
export const PersonIcon = icon(
  <>
    <circle cx="8" cy="5.5" r="2.7" />
    <path d="M2.8 14c.6-2.8 2.7-4.3 5.2-4.3s4.6 1.5 5.2 4.3" />
  </>,
);

/* Rule icons: one picture per kind of finding, so a long list scans by shape as well as colour. */
export const GridGapIcon = icon(
  <>
    <rect x="2" y="2" width="5" height="5" rx="1" />
    <rect x="9" y="2" width="5" height="5" rx="1" />
    <rect x="2" y="9" width="5" height="5" rx="1" />
    <rect x="9" y="9" width="5" height="5" rx="1" strokeDasharray="1.6 1.6" />
  </>,
);
export const ColumnsIcon = icon(
  <>
    <rect x="2" y="2.5" width="3.4" height="11" rx="1" />
    <rect x="6.3" y="2.5" width="3.4" height="11" rx="1" />
    <rect x="10.6" y="2.5" width="3.4" height="11" rx="1" strokeDasharray="1.6 1.6" />
  </>,
);
export const QuestionIcon = icon(
  <>
    <circle cx="8" cy="8" r="6" />
    <path d="M6.2 6.3a1.9 1.9 0 113 1.5c-.7.4-1.2.9-1.2 1.7M8 11.3h0" />
  </>,
);
export const TagOffIcon = icon(
  <>
    <path d="M2.5 8.5V3a.5.5 0 01.5-.5h5.5l5 5-6 6z" />
    <circle cx="5.5" cy="5.5" r="0.9" />
    <path d="M2 14L14 2" />
  </>,
);
export const TagIcon = icon(
  <>
    <path d="M2.5 8.5V3a.5.5 0 01.5-.5h5.5l5 5-6 6z" />
    <circle cx="5.5" cy="5.5" r="0.9" />
  </>,
);
export const OrphanIcon = icon(
  <>
    <rect x="1.8" y="5" width="5" height="6" rx="1.2" />
    <path d="M7.8 8h1.6M11 8h1" strokeDasharray="1.4 1.6" />
    <circle cx="14" cy="8" r="0.8" />
  </>,
);
export const BrokenLinkIcon = icon(
  <>
    <path d="M6.5 9.5L5 11a2.1 2.1 0 01-3-3l1.5-1.5M9.5 6.5L11 5a2.1 2.1 0 013 3l-1.5 1.5" />
    <path d="M5.5 2.5l.6 1.8M2.5 5.5l1.8.6M10.5 13.5l-.6-1.8M13.5 10.5l-1.8-.6" />
  </>,
);
export const StageUnknownIcon = icon(
  <>
    <rect x="2.5" y="2.5" width="5" height="11" rx="1" />
    <path d="M10 5.8a1.6 1.6 0 112.5 1.3c-.6.4-.9.7-.9 1.4M11.6 11.2h0" />
  </>,
);
export const WrenchIcon = icon(
  <path d="M9.8 2.3a3.2 3.2 0 00-3.3 4.4L2.4 10.8a1.4 1.4 0 002 2l4.1-4.1a3.2 3.2 0 004.4-3.3l-2 2-1.8-.5-.5-1.8z" />,
);
/* Side-panel tab icons. */
export const ShieldCheckIcon = icon(
  <>
    <path d="M8 1.8l5 2v4c0 3.1-2.1 5.4-5 6.4-2.9-1-5-3.3-5-6.4v-4z" />
    <path d="M5.8 8.1l1.6 1.6 3-3.2" />
  </>,
);
export const CardIcon = icon(
  <>
    <rect x="2" y="3" width="12" height="10" rx="2" />
    <path d="M2 3.8v8.4M5 6.5h6M5 9.5h3.5" />
  </>,
);
export const MapIcon = icon(
  <>
    <path d="M2 4l4-1.5 4 1.5 4-1.5v9.5L10 13.5 6 12l-4 1.5z" />
    <path d="M6 2.5V12M10 4v9.5" />
  </>,
);
export const CommentIcon = icon(
  <path d="M3 3.5h10a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H7.5L4.5 14v-2.5H3a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1z" />,
);
export const PencilIcon = icon(<path d="M10.8 2.7l2.5 2.5-7.8 7.8-3.2.7.7-3.2zM9.3 4.2l2.5 2.5" />);
