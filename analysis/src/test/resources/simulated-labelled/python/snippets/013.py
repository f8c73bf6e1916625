def _calculate_delay(
    retry_number: int,
    strategy: RetryStrategy,
    base_delay: float,
    backoff_factor: float,
) -> float:
    """Calcula o delay antes da próxima tentativa com base na estratégia.

    Args:
        retry_number: Número da tentativa atual (0-indexed)
        strategy: Estratégia a ser usada
        base_delay: Delay base em segundos
        backoff_factor: Fator de multiplicação para backoff

    Returns:
        Tempo de espera em segundos
    """
    if strategy == RetryStrategy.CONSTANT:
        return base_delay

    if strategy == RetryStrategy.LINEAR:
        return base_delay * (retry_number + 1)

    if strategy == RetryStrategy.EXPONENTIAL_BACKOFF:
        return base_delay * (backoff_factor**retry_number)

    if strategy == RetryStrategy.EXPONENTIAL_JITTER:
        # Backoff exponencial base
        delay = base_delay * (backoff_factor**retry_number)
        # Adiciona jitter (até 30% do delay calculado)
        jitter_factor = random.uniform(0.7, 1.3)
        return delay * jitter_factor

    # Use constant delay for other strategies
    return base_delay
