function calculatePowerCost(watt, hoursPerDay, pricePerKwh) {
  const kwhPerDay = (watt / 1000) * hoursPerDay;
  const costPerDay = kwhPerDay * pricePerKwh;
  return { kwhPerDay, costPerDay };
}
