import { writeFileSync } from "node:fs";
import {
  PAGE_SIZE_NAMES,
  exportJourney,
  isPageSizeName,
  renderJourneyPdf,
  renderJourneySvg,
  validateJourney,
  type PageOrientation,
} from "@kundresa/shared";
import { formatProblems, formatReport } from "./formatReport";
import { readJourneyFile } from "./readJourneyFile";
import { terminalStyle } from "./terminalStyle";

/** Exit codes of contract §7. */
const EXIT = { ok: 0, validationErrors: 1, unusable: 2 } as const;

const USAGE = `Usage:
  pnpm kundresa validate FILE [--json]
  pnpm kundresa export FILE --format svg|json|pdf [--out PATH]
      [--page A4|A3|A2|A1|A0|Letter|Tabloid] [--orientation auto|portrait|landscape]   (pdf: default A3, auto)

FILE is a .journey.json file, or an SVG exported by Kundresa.
validate exits 0 without errors (warnings allowed), 1 with validation errors, 2 when FILE is unreadable
or not a valid journey map.`;

interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(args: readonly string[], valued: ReadonlySet<string>): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!valued.has(name)) flags.set(name, true);
    else if (inline !== undefined) flags.set(name, inline);
    else {
      const value = args[index + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
      index++;
    }
  }
  return { positional, flags };
}

class UsageError extends Error {}

function expectOnly(parsed: ParsedArgs, allowed: readonly string[]): void {
  for (const name of parsed.flags.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`unknown option --${name}`);
  }
  if (parsed.positional.length !== 1) throw new UsageError("give exactly one FILE");
}

function validateCommand(args: readonly string[]): number {
  const parsed = parseArgs(args, new Set());
  expectOnly(parsed, ["json"]);
  const file = parsed.positional[0] ?? "";
  const json = parsed.flags.has("json");
  const read = readJourneyFile(file);
  if (!read.ok) {
    if (json)
      process.stdout.write(`${JSON.stringify({ error: "not a valid journey map", issues: read.problems }, null, 2)}\n`);
    else process.stderr.write(formatProblems(file, read.problems, terminalStyle(process.stderr)));
    return EXIT.unusable;
  }
  const report = validateJourney(read.map);
  process.stdout.write(
    json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(read.map, report, terminalStyle(process.stdout)),
  );
  return report.summary.errors > 0 ? EXIT.validationErrors : EXIT.ok;
}

function exportCommand(args: readonly string[]): number {
  const parsed = parseArgs(args, new Set(["format", "out", "page", "orientation"]));
  expectOnly(parsed, ["format", "out", "page", "orientation"]);
  const format = parsed.flags.get("format");
  if (format !== "svg" && format !== "json" && format !== "pdf")
    throw new UsageError("--format must be svg, json or pdf");
  const page = parsed.flags.get("page") ?? "A3";
  const orientation = parsed.flags.get("orientation") ?? "auto";
  if (format !== "pdf" && (parsed.flags.has("page") || parsed.flags.has("orientation"))) {
    throw new UsageError("--page and --orientation go with --format pdf");
  }
  if (typeof page !== "string" || !isPageSizeName(page)) {
    throw new UsageError(`--page must be one of ${PAGE_SIZE_NAMES.join(", ")}`);
  }
  if (orientation !== "auto" && orientation !== "portrait" && orientation !== "landscape") {
    throw new UsageError("--orientation must be auto, portrait or landscape");
  }
  const file = parsed.positional[0] ?? "";
  const read = readJourneyFile(file);
  if (!read.ok) {
    process.stderr.write(formatProblems(file, read.problems, terminalStyle(process.stderr)));
    return EXIT.unusable;
  }
  const output =
    format === "pdf"
      ? renderJourneyPdf(read.map, { pageSize: page, orientation: orientation satisfies PageOrientation })
      : format === "svg"
        ? renderJourneySvg(read.map)
        : exportJourney(read.map);
  const out = parsed.flags.get("out");
  if (typeof out === "string") {
    try {
      writeFileSync(out, output);
    } catch (error) {
      process.stderr.write(`kundresa: cannot write ${out}: ${(error as Error).message}\n`);
      return EXIT.unusable;
    }
  } else {
    process.stdout.write(output);
  }
  return EXIT.ok;
}

export function runCli(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === "validate") return validateCommand(rest);
    if (command === "export") return exportCommand(rest);
    if (command === "help" || command === "--help" || command === undefined) {
      (command === undefined ? process.stderr : process.stdout).write(`${USAGE}\n`);
      return command === undefined ? EXIT.unusable : EXIT.ok;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`kundresa: ${error.message}\n\n${USAGE}\n`);
    return EXIT.unusable;
  }
}

process.exitCode = runCli(process.argv.slice(2));
