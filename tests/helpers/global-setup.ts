// Migrates one template SQLite database per run; each test file copies it
// (~100 ms) instead of migrating (~2 s). See ../shared/stack.md. Every run gets
// its own folder so two runs at once (CI steps, a developer) never collide.
import { mkdirSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { TestProject } from "vitest/node";
import { migrate } from "../../scripts/db-migrate";

declare module "vitest" {
  export interface ProvidedContext {
    runDir: string;
  }
}

export default function setup(project: TestProject) {
  const runDir = `tests/.tmp/run-${randomUUID().slice(0, 8)}`;
  mkdirSync(runDir, { recursive: true });
  migrate(`file:./${runDir}/template.db`, true);
  project.provide("runDir", runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}
