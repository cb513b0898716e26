import { defineConfig } from "@playwright/test";

// End-to-end tests drive Debian's Chromium through playwright-core against `next start` on a
// database of their own (scripts/e2e.sh prepares it). Playwright's own browser download is not used.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1440, height: 900 },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    // Idle keep-alive sockets outlive the test client's, so a request never lands on a socket the
    // server is closing (ECONNRESET, seen under load with Node's 5 s default).
    command: `npx next start -p ${PORT} --keepAliveTimeout 120000`,
    url: `${BASE_URL}/signin`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { ...(process.env as Record<string, string>), NEXTAUTH_URL: BASE_URL },
  },
});
