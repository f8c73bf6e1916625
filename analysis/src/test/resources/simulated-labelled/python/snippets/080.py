class Simulator:
    def run_until(self, end_time: int | float) -> None:
        """Run the simulator until the end time.

        Args:
            end_time (int | float): The end time for stopping the simulator

        Raises:
            Exception if simulator.setup() has not yet been called

        """
        if self.model is None:
            raise RuntimeError(
                "Simulator not set up. Call simulator.setup(model) first."
            )

        while True:
            try:
                event = self.event_list.pop_event()
            except IndexError:
                self.model.time = end_time
                break

            if event.time <= end_time:
                self.model.time = event.time
                event.execute()
            else:
                self.model.time = end_time
                self._schedule_event(event)
                break
