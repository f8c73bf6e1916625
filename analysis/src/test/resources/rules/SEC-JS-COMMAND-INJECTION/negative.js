const { execFile } = require("child_process");
const pattern = /^[a-z]+$/;

module.exports.ping = function (req, res) {
  execFile("ping", ["-c", "2", req.body.address], (err, stdout) => res.render("ping", { output: stdout }));
  const match = pattern.exec(req.body.address);
  exec("git rev-parse HEAD", () => {});
  res.end(String(match));
};
