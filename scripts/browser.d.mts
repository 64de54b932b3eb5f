export declare const CHROMIUM_ARGS: string[];
/** { executablePath } for a system browser, {} for Playwright's own, null when neither exists. */
export declare function findChromium(): Promise<{ executablePath?: string } | null>;
/** Path of a system Chromium ($CHROMIUM_PATH or a well-known place), or undefined to use Playwright's own. */
export declare function systemChromiumPath(): string | undefined;
