/** Types for fuses.mjs (read by the installer-config test). */
export declare const MEND_FUSES: Readonly<Record<string, boolean>>;
