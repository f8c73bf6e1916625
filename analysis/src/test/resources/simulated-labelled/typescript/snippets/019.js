async function addToPartnerCart(userId, productId) {
  // Simuliere Hinzufügen; kein echtes Speichern
  return { userId, productId, addedAt: new Date() };
}
