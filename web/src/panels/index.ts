/**
 * The editor's side panels: presentational components that take plain map data and report edits
 * through callbacks (no Yjs, no fetching, no global store), so the editor page wires them to the
 * document's intents and the same components serve view links (`readOnly`) and previews.
 */
export { Inspector, type InspectorProps } from "./inspector/Inspector";
export { InspectorEmptyState } from "./inspector/InspectorEmptyState";
export { ValidationPanel, type ValidationPanelProps } from "./validation/ValidationPanel";
export { ValidationTab, type ValidationTabProps } from "./validation/ValidationTab";
export { describeIssue, issueKey, type IssueText } from "./validation/issueText";
export { CoverageMatrix, type CoverageMatrixProps } from "./matrices/CoverageMatrix";
export { ItSupportMatrix, type ItSupportMatrixProps } from "./matrices/ItSupportMatrix";
export { ItSupportSummary, type ItSupportSummaryProps } from "./matrices/ItSupportSummary";
export { StageManager, type StageManagerProps } from "./stages/StageManager";
export { ChannelCatalogueEditor, type ChannelCatalogueEditorProps } from "./channels/ChannelCatalogueEditor";
export { channelIdFor } from "./channels/channelId";
export { MapSettings, type MapSettingsProps } from "./settings/MapSettings";
export { SidePanel, SIDE_PANEL_TABS, type SidePanelProps, type SidePanelTab } from "./sidePanel/SidePanel";
export { createMapLookup, useMapLookup, type MapLookup } from "./mapLookup";
