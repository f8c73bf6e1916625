const axios = require("axios");
const SOURCES = { weather: "https://api.weather.example/v1" };

module.exports.preview = async (req, res) => {
  const page = await axios.get(SOURCES.weather, { params: { city: req.query.city } });
  res.json({ page: page.data });
};
