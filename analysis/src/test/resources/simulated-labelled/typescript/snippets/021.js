async function handleWebhook(event) {
  // Simuliere Webhook-Handling
  // event.type: 'checkout.session.completed', event.data.object.plan
  return true;
}
