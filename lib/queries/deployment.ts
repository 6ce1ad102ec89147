// Deployment-wide facts every page header needs (not scoped: no personal or area data).
import "server-only";
import { deploymentNow } from "./cache";

/** Whether this database holds the generated demo (the UI then shows "DATA DEMO"); read with the data version. */
export async function isDemoData(): Promise<boolean> {
  return (await deploymentNow()).demo;
}
