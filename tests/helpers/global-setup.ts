// Migrates one template SQLite database per run; each test file copies it
// (~100 ms) instead of migrating (~2 s). See ../shared/stack.md.
import { mkdirSync, rmSync } from "node:fs";
import { migrate } from "../../scripts/db-migrate";

export const TEMPLATE_DIR = "tests/.tmp";

export default function setup() {
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  migrate(`file:./${TEMPLATE_DIR}/template.db`, true);
  return () => rmSync(TEMPLATE_DIR, { recursive: true, force: true });
}
