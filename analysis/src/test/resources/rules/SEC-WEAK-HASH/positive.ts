import { createHash } from "crypto";

export const digest = (s: string) => createHash("md5").update(s).digest("hex"); // expect: SEC-WEAK-HASH
