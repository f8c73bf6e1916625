async function createCheckoutSession(userId, plan) {
  // Simuliere Session
  return {
    sessionId: "sess_123",
    url: "https://checkout.example.com/session/sess_123",
  };
}
