const axios = require("axios");

module.exports.preview = async (req, res) => {
  const page = await axios.get(req.query.url); // expect: SEC-JS-SSRF
  const other = await fetch(`${req.body.host}/status`); // expect: SEC-JS-SSRF
  res.json({ page: page.data, other: await other.json() });
};
