import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { runDir } from "../helpers/db";
import { derivePostgresSchema } from "../../scripts/schema-sync.mjs";

const derive = derivePostgresSchema as (s: string) => string;
const sqlite = readFileSync("prisma/schema.prisma", "utf8");

function prisma(args: string[], url: string) {
  return spawnSync(process.execPath, ["node_modules/prisma/build/index.js", ...args], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
}

describe("SQLite and PostgreSQL schemas never drift", () => {
  it("the PostgreSQL schema is exactly the one derived from the SQLite schema", () => {
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(derive(sqlite));
  });

  it("the derivation changes only provider, url and client output", () => {
    const pg = derive(sqlite);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain("../../lib/generated/postgres");
    const strip = (s: string) => s.split("\n").filter((l) => !/provider|url|output|GENERATED/.test(l)).join("\n");
    expect(strip(pg)).toBe(strip(sqlite));
  });

  it("a model edited only in the SQLite schema is detected as drift", () => {
    const edited = sqlite.replace("model Setting {", "model Setting {\n  extra String?");
    expect(derive(edited)).not.toBe(readFileSync("prisma/postgres/schema.prisma", "utf8"));
  });

  it("both providers have the same migration history", () => {
    const list = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const sqliteMigrations = list("prisma/migrations");
    expect(sqliteMigrations.length).toBeGreaterThan(0);
    expect(list("prisma/postgres/migrations")).toEqual(sqliteMigrations);
  });

  it("the SQLite migrations produce exactly the schema (no missing migration)", () => {
    const r = prisma(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"], `file:./${runDir()}/diff-shadow.db`);
    expect(r.stdout + r.stderr).toContain("No difference detected");
    expect(r.status).toBe(0);
  });
});
