/** Page margins in millimetres, the same in Electron and headless Chromium: room for the header and footer. */
export const PDF_MARGINS_MM = { top: 20, bottom: 18, left: 16, right: 16 } as const;
