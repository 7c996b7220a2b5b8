import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

/** Kernel clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) the process has used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces; count fields from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

function statusKib(pid: number, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]);
}

/** Resident set size now, in bytes. */
export function rssBytes(pid: number): number {
  return statusKib(pid, "VmRSS") * 1024;
}

/** Starts a new peak-RSS window: the kernel resets VmHWM to the current RSS (Linux 4.0+). */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

/** Highest resident set size since the process started or since `resetPeakRss`, in bytes. */
export function peakRssBytes(pid: number): number {
  return statusKib(pid, "VmHWM") * 1024;
}

/** CPU time every process on the machine has used so far (all cores together), in seconds. */
export function machineCpuSeconds(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!;
  // cpu  user nice system idle iowait irq softirq steal …: everything but idle and iowait is work.
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / TICKS_PER_SECOND;
}

/** CPU (in cores) that processes other than `own` used over the next `ms`. */
export async function othersCores(own: readonly number[], ms: number): Promise<number> {
  const ownCpu = (): number => own.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const before = { machine: machineCpuSeconds(), own: ownCpu() };
  await new Promise((resolve) => setTimeout(resolve, ms));
  return (machineCpuSeconds() - before.machine - (ownCpu() - before.own)) / (ms / 1000);
}

/**
 * Waits until other processes leave the machine alone (under `maxCores` for a second), up to
 * `patienceMs`; a shared machine otherwise turns a latency bench into a measure of its neighbours.
 * Resolves with the load it last saw.
 */
export async function quietMachine(
  own: readonly number[],
  maxCores: number,
  patienceMs: number,
  onWait: (cores: number) => void,
): Promise<number> {
  const deadline = Date.now() + patienceMs;
  let cores = await othersCores(own, 1_000);
  while (cores > maxCores && Date.now() < deadline) {
    onWait(cores);
    cores = await othersCores(own, 2_000);
  }
  return cores;
}
