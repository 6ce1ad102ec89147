import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    /** User id and session version (see lib/auth/options.ts). */
    uid?: number;
    sv?: number;
  }
}
