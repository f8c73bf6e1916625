async function getAdsByPosition(position, limit = 1) {
  const ads = await Ad.find({ position, active: true });
  // Einfache Rotation: zufällige Auswahl
  return ads.sort(() => 0.5 - Math.random()).slice(0, limit);
}
