// Two projects: pure lib/ units (fast, no database) and service tests on a real SQLite file.
const tsJest = ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true, isolatedModules: true }, diagnostics: false }];
const common = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": tsJest, "/node_modules/pdfjs-dist/.+\\.mjs$": "<rootDir>/tests/support/esm-to-cjs.js" },
  // pdfjs-dist ships ES modules only; the app loads it with import(), which Jest on Node 20 cannot.
  transformIgnorePatterns: ["/node_modules/(?!pdfjs-dist/)"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
};
module.exports = {
  // A global option (Jest ignores it inside a project): service tests on a shared, busy machine, and
  // on PostgreSQL, can take more than the default 5 s.
  testTimeout: 20000,
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts"] },
    {
      ...common,
      displayName: "integration",
      testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
      globalSetup: "<rootDir>/tests/integration/global-setup.ts",
      setupFiles: ["<rootDir>/tests/integration/setup-db.ts"],
    },
  ],
};
