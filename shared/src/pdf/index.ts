export * from "./pageSizes";
export { renderJourneyPdf, svgToPdf, type RenderJourneyPdfOptions, type SvgToPdfOptions } from "./renderJourneyPdf";
