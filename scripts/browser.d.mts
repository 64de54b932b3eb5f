export declare const CHROMIUM_ARGS: string[];
/** { executablePath } for a system browser, {} for Playwright's own, null when neither exists. */
export declare function findChromium(): Promise<{ executablePath?: string } | null>;
