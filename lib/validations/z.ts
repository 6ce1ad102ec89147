// zod with Indonesian default messages: every boundary imports z from here, so
// an error we did not word ourselves still reaches the user in Indonesian.
import { z } from "zod";

z.config(z.locales.id());

export { z };
