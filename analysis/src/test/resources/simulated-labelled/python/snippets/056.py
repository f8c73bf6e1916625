class DASAdapter:
    def connect(self) -> bool:
        """Connect to DAS interrogator."""
        try:
            # In production, this would connect to actual DAS hardware
            # For now, we simulate the connection
            logger.info(
                "DASAdapter connecting to %s:%d",
                self.interrogator_host, self.interrogator_port
            )

            # Simulate connection delay
            time.sleep(0.1)

            self.connected = True
            logger.info("DASAdapter connected successfully")
            return True

        except Exception as e:
            logger.error("DASAdapter connection failed: %s", e)
            self.connected = False
            return False
