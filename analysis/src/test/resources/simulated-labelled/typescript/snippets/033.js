async function fetchSeedExpressOffers(strain) {
  const response = await fetch(
    `https://api.seedexpress.com/offers?strain=${encodeURIComponent(strain)}`,
  );
  if (!response.ok) throw new Error("SeedExpress API-Fehler");
  const data = await response.json();
  return data.offers.map((o) => ({
    seedbank: "SeedExpress",
    packSize: o.packSize,
    priceEur: o.price,
    url: o.url,
    lastUpdated: new Date(o.updatedAt),
  }));
}
