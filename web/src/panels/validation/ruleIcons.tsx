import type { RuleId, Severity } from "@kundresa/shared";
import {
  BrokenLinkIcon,
  ColumnsIcon,
  ErrorIcon,
  GridGapIcon,
  InfoIcon,
  OrphanIcon,
  QuestionIcon,
  StageUnknownIcon,
  StarIcon,
  TagIcon,
  TagOffIcon,
  WarningIcon,
  WrenchIcon,
} from "../controls/icons";

const RULE_ICONS: Record<RuleId, typeof ErrorIcon> = {
  "coverage.missing": GridGapIcon,
  "phase.no-stage": ColumnsIcon,
  "it-support.unassessed": QuestionIcon,
  "it-support.critical-gap": StarIcon,
  "touchpoint.no-channel": TagIcon,
  "touchpoint.orphan": OrphanIcon,
  "ref.unknown-stage": StageUnknownIcon,
  "ref.unknown-channel": TagOffIcon,
  "ref.dangling-connection": BrokenLinkIcon,
  "doc.invalid-entry": WrenchIcon,
};

const SEVERITY_ICONS: Record<Severity, typeof ErrorIcon> = {
  error: ErrorIcon,
  warning: WarningIcon,
  info: InfoIcon,
};

export function RuleIcon({ rule, size = 16 }: { rule: RuleId; size?: number }) {
  const Icon = (RULE_ICONS[rule] as typeof ErrorIcon | undefined) ?? InfoIcon;
  return <Icon size={size} />;
}

export function SeverityIcon({ severity, size = 16 }: { severity: Severity; size?: number }) {
  const Icon = SEVERITY_ICONS[severity];
  return <Icon size={size} />;
}
