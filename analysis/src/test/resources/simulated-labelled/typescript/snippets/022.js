async function fetchPartnerPrices(itemIds) {
  // Hier API-Aufruf zu Partnern (z.B. Amazon, GrowShop), simuliert mit Default-Preisen
  return itemIds.map((id) => ({
    itemId: id,
    price: (Math.random() * 50 + 10).toFixed(2),
  }));
}
