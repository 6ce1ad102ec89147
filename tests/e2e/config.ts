// E2E_PORT may be overridden so two checkouts (e.g. git worktrees) can run the browser suite at once.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DIR = "tests/.tmp-e2e";
export const SCREENSHOT_DIR = "test-results/screenshots";
