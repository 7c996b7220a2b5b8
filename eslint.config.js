// @ts-check
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Dependency direction (DEVELOPERS.md): shared is the model and imports only zod and yjs. */
const sharedImports = {
  patterns: [
    {
      regex: "^(?!zod$|zod/|yjs$|\\.{1,2}/).*",
      message:
        "@kundresa/shared imports only zod, yjs and its own files: it runs in the browser, the server and the CLI.",
    },
    {
      group: ["**/server/**", "**/web/**", "**/test/**"],
      message: "@kundresa/shared never reaches into other packages.",
    },
  ],
};

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "data/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    files: ["shared/src/**/*.ts"],
    // Tests and their helpers may use Node and test libraries; the library itself never imports them.
    ignores: ["shared/src/**/*.test.ts", "shared/src/**/testing/**"],
    rules: {
      "no-restricted-imports": ["error", sharedImports],
      // Neither Node nor DOM: the model must run unchanged in all three places.
      "no-restricted-globals": [
        "error",
        "process",
        "Buffer",
        "require",
        "__dirname",
        "window",
        "document",
        "navigator",
      ],
    },
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["web/src/offline/serviceWorker.ts"],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@kundresa/server", "@kundresa/server/*", "**/server/**"], message: "web never imports server." },
          ],
        },
      ],
    },
  },
  {
    files: ["server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@kundresa/web", "@kundresa/web/*", "**/web/**"], message: "server never imports web." },
          ],
        },
      ],
    },
  },
  {
    // Tests index fixtures they built themselves; a wrong index fails the test loudly anyway.
    files: ["**/*.test.ts", "test/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
