/** Analyzer version, written into every report (kept equal to package.json by a test). */
export const INFERGUARD_VERSION = '0.1.0';
