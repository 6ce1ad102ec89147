import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", "lib/generated/**", "data/**", "test-results/**", "next-env.d.ts"],
  },
  {
    rules: {
      // process.env is read in lib/env.ts only (conventions.md); scripts are CLIs.
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: "Baca konfigurasi lewat lib/env.ts." },
      ],
      // In-app links are NavLink (components/ui/nav-link.tsx says why).
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Pakai NavLink dari @/components/ui/nav-link." }] }],
    },
  },
  {
    files: ["lib/env.ts", "scripts/**", "tests/**", "prisma.config.ts", "next.config.js", "vitest.config.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
];

export default config;
