import { logger } from "./logger";

export function load(orders: string[]) {
  logger.info("loaded", orders.length);
}
