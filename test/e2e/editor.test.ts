import { describe } from "vitest";
import { commentsScenarios } from "./scenarios/comments";
import { workshopScenarios } from "./scenarios/workshop";
import { editingScenarios } from "./scenarios/editing";
import { exportImportScenarios } from "./scenarios/exportImport";
import { pdfExportScenarios } from "./scenarios/pdfExport";
import { historyScenarios } from "./scenarios/history";
import { offlineReloadScenarios } from "./scenarios/offlineReload";
import { editingDetailsScenarios } from "./scenarios/editingDetails";
import { repairScenarios } from "./scenarios/repair";
import { replaceLinksScenarios } from "./scenarios/replaceLinks";
import { startPageScenarios } from "./scenarios/startPage";
import { timerScenarios } from "./scenarios/timer";
import { togetherScenarios } from "./scenarios/together";
import { viewLinkScenarios } from "./scenarios/viewLink";
import { useE2eSuite } from "./support/e2eSuite";

/**
 * The editor end to end: the production build served by the real server (in this process, temp
 * data), driven in Debian's Chromium through playwright-core. One file, so the whole suite shares
 * one server and one browser; each scenario gets fresh browser contexts (one per person).
 */
describe("Kundresa in Chromium", { timeout: 60_000 }, () => {
  const suite = useE2eSuite();
  describe("the start page", () => startPageScenarios(suite));
  describe("editing", () => editingScenarios(suite));
  describe("export and import", () => exportImportScenarios(suite));
  describe("the PDF export", () => pdfExportScenarios(suite));
  describe("together", () => togetherScenarios(suite));
  describe("a view link", () => viewLinkScenarios(suite));
  describe("replacing the links", () => replaceLinksScenarios(suite));
  describe("editing, in detail", () => editingDetailsScenarios(suite));
  describe("repairing what a client stored broken", () => repairScenarios(suite));
  describe("the workshop timer", () => timerScenarios(suite));
  describe("comments", () => commentsScenarios(suite));
  describe("a workshop of three", () => workshopScenarios(suite));
  describe("version history", () => historyScenarios(suite));
  describe("reloading offline", () => offlineReloadScenarios(suite));
});
