const fs = require("fs");

module.exports.download = function (req, res) {
  const file = "uploads/" + req.query.name;
  res.sendFile(file); // expect: SEC-JS-PATH-TRAVERSAL
  fs.readFile(req.params.path, (err, data) => res.end(data)); // expect: SEC-JS-PATH-TRAVERSAL
};
