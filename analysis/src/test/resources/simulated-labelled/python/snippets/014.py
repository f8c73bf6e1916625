def retry_async(
    max_retries: int = 3,
    retry_delay: float = 1.0,
    backoff_factor: float = 2.0,
    strategy: RetryStrategy = RetryStrategy.EXPONENTIAL_JITTER,
    retry_on: list[type[Exception]] | None = None,
    should_retry_cb: Callable[[Exception], bool] | None = None,
) -> Callable[[F], F]:
    """Decorador para tentar novamente operações assíncronas com várias estratégias.

    Args:
        max_retries: Número máximo de tentativas
        retry_delay: Tempo inicial de espera entre tentativas em segundos
        backoff_factor: Fator de multiplicação para cálculo do delay
        strategy: Estratégia de retry (constant, linear, exponential)
        retry_on: Lista de exceções que acionam retry
        should_retry_cb: Função de callback para determinar se deve fazer retry

    Returns:
        Decorador configurado
    """
    if retry_on is None:
        retry_on = [RateLimitError, APIError, ConnectionError, TimeoutError]

    def decorator(func: F) -> F:
        @functools.wraps(func)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            attempt = 0
            last_error = None

            while attempt <= max_retries:
                try:
                    return await func(*args, **kwargs)
                except Exception as e:
                    last_error = e
                    should_retry = False

                    # Verifica se a exceção está na lista de exceções para retry
                    if any(isinstance(e, exc_type) for exc_type in retry_on):
                        should_retry = True

                    # Se temos um callback, ele pode sobrescrever a decisão
                    if should_retry_cb is not None:
                        should_retry = should_retry_cb(e)

                    # Se for a última tentativa ou não devemos retry, re-raise
                    if attempt >= max_retries or not should_retry:
                        raise

                    # Log da exceção e tentativa de retry
                    delay = _calculate_delay(
                        attempt, strategy, retry_delay, backoff_factor
                    )
                    logger.warning(
                        f"Retry {attempt + 1}/{max_retries} in {delay:.2f}s: {func.__name__} failed: {e}"
                    )

                    # Espera antes da próxima tentativa
                    await asyncio.sleep(delay)
                    attempt += 1

            # Normalmente não chegamos aqui, mas por segurança
            if last_error:
                raise last_error
            return None  # Para o typechecker

        return cast(F, wrapper)

    return decorator
