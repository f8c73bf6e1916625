const fs = require("fs");
const path = require("path");

module.exports.download = function (req, res) {
  const name = path.basename(req.query.name);
  res.sendFile(path.join(__dirname, "uploads", "report.pdf"));
  fs.readFile(name, (err, data) => res.end(data));
};
