class SecurityMiddleware {
  private async checkRateLimit(command: string): Promise<RateLimitResult> {
    // Simple in-memory rate limiting (in production, use Redis or similar)
    const key = `rate_limit:${this.currentUser?.username || 'anonymous'}:${command}`;
    const limit = parseInt(process.env.RATE_LIMIT_MAX_REQUESTS || '100');
    const windowMs = parseInt(process.env.RATE_LIMIT_WINDOW_MS || '60000'); // 1 minute

    // This is a simplified implementation
    // In production, use a proper rate limiting library
    return {
      allowed: true,
      limit,
      remaining: limit - 1,
      resetTime: Date.now() + windowMs
    };
  }
}
