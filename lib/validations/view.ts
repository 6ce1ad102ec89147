// Dashboard view switches in the URL. Anything else than a known value falls back to the default view.
import { z } from "./z";

/** `?tren=semua`: the stunting trend draws every child area, not only the highest (lib/indicators/trend-lines.ts). */
export const trenSchema = z.enum(["semua"]).optional().catch(undefined);
