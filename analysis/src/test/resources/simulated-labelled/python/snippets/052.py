class RateLimiter:
    def check_rate_limit(
        self,
        entity_id: str,
        cost: int = 1
    ) -> RateLimitResult:
        """
        Check if a request is allowed under rate limits.

        Args:
            entity_id: Unique identifier for the entity (IP, user, etc.)
            cost: Cost of this request (default 1)

        Returns:
            RateLimitResult with allow/deny decision
        """
        current_time = time.time()
        self._total_requests += 1

        # Get or create state
        if entity_id not in self.states:
            self.states[entity_id] = RateLimitState(entity_id=entity_id)

        state = self.states[entity_id]

        # Check if window has expired
        elapsed = current_time - state.window_start
        if elapsed >= self.window_seconds:
            state.reset_window()
            elapsed = 0.0

        # Calculate current allowed rate
        current_allowed = self.calculate_phi_rate(elapsed)
        saturation = self.get_saturation_level(elapsed)

        # Calculate remaining capacity
        remaining = max(0, int(current_allowed) - state.request_count)

        # Check if request is allowed
        if state.request_count + cost <= current_allowed:
            state.request_count += cost
            state.last_request = current_time

            return RateLimitResult(
                allowed=True,
                current_rate=current_allowed,
                max_rate=float(self.max_rate),
                saturation=saturation,
                remaining=remaining - cost,
                message="Request allowed"
            )
        else:
            # Calculate retry time
            # Solve for t: max_rate * (1 - e^(-t/PHI)) = request_count + cost
            target_rate = state.request_count + cost
            if target_rate < self.max_rate:
                # Solve: 1 - e^(-t/PHI) = target/max
                ratio = target_rate / self.max_rate
                retry_time = -self.phi * math.log(1 - ratio)
                retry_after = max(0, retry_time - elapsed)
            else:
                retry_after = self.window_seconds - elapsed

            state.blocked_count += 1
            self._total_blocked += 1

            return RateLimitResult(
                allowed=False,
                current_rate=current_allowed,
                max_rate=float(self.max_rate),
                saturation=saturation,
                remaining=0,
                retry_after=retry_after,
                message=f"Rate limit exceeded. Retry after {retry_after:.2f}s"
            )
