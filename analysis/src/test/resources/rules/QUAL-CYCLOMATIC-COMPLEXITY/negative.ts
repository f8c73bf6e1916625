const STATUS: Record<number, string> = { 200: "ok", 201: "created", 404: "missing" };

export const status = (code: number): string => STATUS[code] ?? "other";
