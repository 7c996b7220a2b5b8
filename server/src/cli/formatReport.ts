import {
  CATEGORIES,
  CATEGORY_LABELS,
  IT_SUPPORT_CATALOGUE,
  PHASES,
  PHASE_LABELS,
  type ImportProblem,
  type JourneyMap,
  type Severity,
  type ValidationReport,
} from "@kundresa/shared";
import type { TerminalStyle } from "./terminalStyle";

const SECTIONS: { severity: Severity; heading: string; mark: string }[] = [
  { severity: "error", heading: "Errors", mark: "✖" },
  { severity: "warning", heading: "Warnings", mark: "▲" },
  { severity: "info", heading: "Notes", mark: "•" },
];

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the CLI prints for a report: a summary line, issues grouped by severity, then the matrices. */
export function formatReport(map: JourneyMap, report: ValidationReport, style: TerminalStyle): string {
  const { errors, warnings, infos } = report.summary;
  const lines: string[] = [];
  const summary = `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(infos, "note", "notes")}`;
  lines.push(
    `${style.bold(map.title || "Untitled journey")}  ${errors > 0 ? style.red(summary) : style.green(summary)}`,
  );
  lines.push(
    style.dim(
      `${plural(map.stages.length, "stage", "stages")}, ${plural(map.touchpoints.length, "touchpoint", "touchpoints")}, ${plural(map.connections.length, "connection", "connections")}`,
    ),
  );

  for (const section of SECTIONS) {
    const issues = report.issues.filter((issue) => issue.severity === section.severity);
    if (issues.length === 0) continue;
    const colour =
      section.severity === "error" ? style.red : section.severity === "warning" ? style.yellow : style.blue;
    lines.push("", style.bold(`${section.heading} (${issues.length})`));
    const ruleWidth = Math.max(...issues.map((issue) => issue.rule.length));
    for (const issue of issues) {
      lines.push(`  ${colour(section.mark)} ${style.dim(issue.rule.padEnd(ruleWidth))}  ${issue.message}`);
    }
  }

  lines.push("", style.bold("Channel coverage (touchpoints per phase and category)"));
  const width = Math.max(...CATEGORIES.map((category) => CATEGORY_LABELS[category].en.length)) + 2;
  const phaseWidth = Math.max(...PHASES.map((phase) => PHASE_LABELS[phase].en.length)) + 2;
  lines.push(
    `  ${"".padEnd(phaseWidth)}${CATEGORIES.map((category) => CATEGORY_LABELS[category].en.padStart(width)).join("")}`,
  );
  for (const phase of PHASES) {
    const cells = CATEGORIES.map((category) => {
      const count = report.coverage[phase][category];
      const required = map.coverage[phase].includes(category);
      const text = count === 0 && required ? "gap" : String(count);
      const padded = text.padStart(width);
      return count === 0 && required ? style.yellow(padded) : padded;
    });
    lines.push(`  ${PHASE_LABELS[phase].en.padEnd(phaseWidth)}${cells.join("")}`);
  }

  lines.push("", style.bold("IT support"));
  const levelWidth = Math.max(...IT_SUPPORT_CATALOGUE.map((level) => level.label.en.length)) + 2;
  for (const level of IT_SUPPORT_CATALOGUE) {
    lines.push(`  ${level.label.en.padEnd(levelWidth)}${String(report.itSupport[level.id]).padStart(4)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Import problems, one per line with its path, for a file that is not a valid journey map. */
export function formatProblems(file: string, problems: readonly ImportProblem[], style: TerminalStyle): string {
  const lines = [
    style.red(`${file} is not a valid Kundresa journey map (${plural(problems.length, "problem", "problems")}):`),
  ];
  for (const problem of problems) {
    lines.push(`  ${style.red("✖")} ${problem.path === "" ? "" : `${style.bold(problem.path)}: `}${problem.message}`);
  }
  return `${lines.join("\n")}\n`;
}
