import { createHash } from "crypto";

export const digest = (s: string) => createHash("sha256").update(s).digest("hex");
