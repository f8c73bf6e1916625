def make_eversend_request(
    method: str, url: str, data: dict = None, timeout: int = 30, retry_count: int = 1
) -> dict:
    """
    Make authenticated request to Eversend API with retry logic
    """
    for attempt in range(retry_count + 1):
        token = get_eversend_token(force_refresh=attempt > 0)
        if not token:
            raise EversendAPIError("Failed to obtain access token")

        headers = {
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            "User-Agent": "Django-EversendPayments/1.0",
        }

        try:
            if method.upper() == "GET":
                resp = requests.get(
                    url, headers=headers, params=data, timeout=timeout, verify=True
                )
            elif method.upper() == "POST":
                resp = requests.post(
                    url, headers=headers, json=data, timeout=timeout, verify=True
                )
            else:
                raise EversendAPIError(f"Unsupported HTTP method: {method}")

            # If we get 401, token might be expired, try refresh on next attempt
            if resp.status_code == 401 and attempt < retry_count:
                logger.warning(
                    f"Got 401 from Eversend API, attempting token refresh (attempt {attempt + 1})"
                )
                cache.delete(TOKEN_CACHE_KEY)  # Clear cached token
                time.sleep(1)  # Brief delay before retry
                continue

            resp.raise_for_status()
            return resp.json()

        except requests.exceptions.Timeout:
            if attempt == retry_count:
                raise EversendAPIError(
                    f"Request timeout after {retry_count + 1} attempts"
                )
            time.sleep(2**attempt)  # Exponential backoff

        except requests.exceptions.HTTPError as e:
            error_msg = f"HTTP {e.response.status_code}: {e.response.text}"
            raise EversendAPIError(
                error_msg,
                e.response.status_code,
                e.response.json() if e.response else None,
            )

        except requests.RequestException as e:
            if attempt == retry_count:
                raise EversendAPIError(
                    f"Request failed after {retry_count + 1} attempts: {str(e)}"
                )
            time.sleep(2**attempt)

    raise EversendAPIError("Max retry attempts exceeded")
