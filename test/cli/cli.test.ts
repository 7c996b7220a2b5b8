import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { exportJourney, importJourney, type JourneyMap, type ValidationReport } from "@kundresa/shared";
import { connection, testJourney, touchpoint } from "@kundresa/shared/testing";
import { runCli, runScript } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "kundresa-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeMap(name: string, map: JourneyMap): string {
  const file = join(dir, name);
  writeFileSync(file, exportJourney(map));
  return file;
}

/** Nine integrated touchpoints on one path, covering sales, service and communication in every phase. */
function healthyMap(): JourneyMap {
  const map = testJourney({ title: "Healthy journey" });
  const phases = ["before", "during", "after"] as const;
  let index = 0;
  for (const phase of phases) {
    for (const channelId of ["e-commerce", "support", "email"]) {
      map.touchpoints.push(
        touchpoint({
          id: `t${index}`,
          title: `Touchpoint ${index}`,
          stageId: `stage-${phase}`,
          channelIds: [channelId],
          itSupport: "integrated",
        }),
      );
      index++;
    }
  }
  for (let step = 1; step < index; step++) {
    map.connections.push(connection(`c${step}`, `t${step - 1}`, `t${step}`));
  }
  return map;
}

describe("kundresa validate", () => {
  it("exits 0 for a map without errors and says so", () => {
    const run = runCli("validate", writeMap("healthy.journey.json", healthyMap()));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Healthy journey");
    expect(run.stdout).toContain("0 errors");
    expect(run.stdout).toContain("Channel coverage");
  });

  it("exits 0 when there are only warnings, and lists them under Warnings with the touchpoint title", () => {
    const map = healthyMap();
    map.touchpoints[0]!.itSupport = "unknown";
    map.touchpoints[0]!.title = "Sees the autumn campaign";
    const run = runCli("validate", writeMap("warnings.journey.json", map));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Warnings \(1\)/);
    expect(run.stdout).toContain("it-support.unassessed");
    expect(run.stdout).toContain("Sees the autumn campaign");
  });

  it("exits 1 on validation errors, grouping errors before warnings", () => {
    const map = healthyMap();
    map.touchpoints[4]!.critical = true;
    map.touchpoints[4]!.itSupport = "none";
    map.touchpoints[4]!.title = "Technician visit";
    map.touchpoints[1]!.itSupport = "unknown";
    const run = runCli("validate", writeMap("errors.journey.json", map));
    expect(run.status).toBe(1);
    const errorsAt = run.stdout.indexOf("Errors (1)");
    const warningsAt = run.stdout.indexOf("Warnings (1)");
    expect(errorsAt).toBeGreaterThan(-1);
    expect(warningsAt).toBeGreaterThan(errorsAt);
    expect(run.stdout.slice(errorsAt, warningsAt)).toContain("Technician visit");
    expect(run.stdout.slice(errorsAt, warningsAt)).toContain("it-support.critical-gap");
  });

  it("prints the contract's report with --json", () => {
    const map = healthyMap();
    map.touchpoints.splice(6, 3);
    map.connections = map.connections.filter((connection) => !["t6", "t7", "t8"].includes(connection.to));
    const run = runCli("validate", writeMap("gaps.journey.json", map), "--json");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as ValidationReport;
    expect(report.summary.warnings).toBe(3);
    expect(report.coverage.after).toEqual({ marketing: 0, sales: 0, service: 0, communication: 0 });
    expect(report.issues.filter((issue) => issue.rule === "coverage.missing").map((issue) => issue.category)).toEqual([
      "sales",
      "service",
      "communication",
    ]);
  });

  it.each(["pnpm", "npm"] as const)(
    "keeps its exit codes and clean --json output through `%s kundresa`, as the README says",
    { timeout: 60_000 },
    (manager) => {
      const broken = healthyMap();
      broken.touchpoints[0]!.stageId = "no-such-stage";
      const errors = runScript(manager, "validate", writeMap(`script-${manager}.journey.json`, broken), "--json");
      expect(errors.status).toBe(1);
      const report = JSON.parse(errors.stdout) as ValidationReport;
      expect(report.issues.map((issue) => issue.rule)).toContain("ref.unknown-stage");
      const missing = runScript(manager, "validate", join(dir, "nowhere.journey.json"));
      expect(missing.status).toBe(2);
    },
  );

  it("exits 2 for a file that is not a journey map, naming each problem by its path", () => {
    const file = join(dir, "broken.journey.json");
    const map = JSON.parse(exportJourney(healthyMap())) as { touchpoints: Record<string, unknown>[] };
    map.touchpoints[3]!["itSupport"] = "full";
    map.touchpoints[5]!["emotion"] = 9;
    writeFileSync(file, JSON.stringify(map));
    const run = runCli("validate", file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("not a valid Kundresa journey map (2 problems)");
    expect(run.stderr).toContain("touchpoints[3].itSupport");
    expect(run.stderr).toContain("touchpoints[5].emotion");

    const json = runCli("validate", file, "--json");
    expect(json.status).toBe(2);
    expect((JSON.parse(json.stdout) as { issues: { path: string }[] }).issues.map((issue) => issue.path)).toEqual([
      "touchpoints[3].itSupport",
      "touchpoints[5].emotion",
    ]);
  });

  it("exits 2 for unreadable input: no such file, not JSON", () => {
    const missing = runCli("validate", join(dir, "nope.journey.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no such file");
    const notJson = join(dir, "not.json");
    writeFileSync(notJson, "{ this is not json");
    const bad = runCli("validate", notJson);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("not valid JSON");
  });

  it("exits 2 with the usage for a wrong invocation", () => {
    expect(runCli("validate").status).toBe(2);
    const unknown = runCli("frobnicate", "x");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(unknown.stderr).toContain("Usage:");
  });
});

describe("kundresa export", () => {
  it("writes canonical JSON to stdout", () => {
    const map = healthyMap();
    map.touchpoints.reverse();
    const file = join(dir, "reversed.journey.json");
    writeFileSync(file, JSON.stringify(map));
    const run = runCli("export", file, "--format", "json");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(exportJourney(healthyMap()));
  });

  it("writes SVG to --out, and that SVG exports back to the same JSON", () => {
    const source = writeMap("svg-source.journey.json", healthyMap());
    const out = join(dir, "map.svg");
    const run = runCli("export", source, "--format", "svg", "--out", out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const svg = readFileSync(out, "utf8");
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('data-touchpoint-id="t0"');

    const back = runCli("export", out, "--format", "json");
    expect(back.status).toBe(0);
    expect(back.stdout).toBe(readFileSync(source, "utf8"));
    expect(importJourney(back.stdout).ok).toBe(true);
  });

  it("writes a PDF of the chosen page size to --out, and refuses an unknown page size", () => {
    const source = writeMap("pdf-source.journey.json", healthyMap());
    const out = join(dir, "map.pdf");
    const run = runCli("export", source, "--format", "pdf", "--page", "A1", "--orientation", "landscape", "--out", out);
    expect(run.status).toBe(0);
    const pdf = readFileSync(out).toString("latin1");
    expect(pdf.startsWith("%PDF-1.4")).toBe(true);
    expect(pdf).toContain("/MediaBox [0 0 2383.94 1683.78]");
    expect(pdf).toContain("(Touchpoint 0) Tj");
    const wrongPage = runCli("export", source, "--format", "pdf", "--page", "B5");
    expect(wrongPage.status).toBe(2);
    expect(wrongPage.stderr).toContain("--page must be one of A4, A3, A2, A1, A0, Letter, Tabloid");
  });

  it("refuses a missing or unknown --format and an invalid map", () => {
    const source = writeMap("fmt.journey.json", healthyMap());
    expect(runCli("export", source).status).toBe(2);
    const png = runCli("export", source, "--format", "png");
    expect(png.status).toBe(2);
    expect(png.stderr).toContain("--format must be svg, json or pdf");
    const broken = join(dir, "broken-export.json");
    writeFileSync(broken, "[]");
    expect(runCli("export", broken, "--format", "json").status).toBe(2);
  });
});
