const { exec } = require("child_process");

module.exports.ping = function (req, res) {
  exec("ping -c 2 " + req.body.address, function (err, stdout) { // expect: SEC-JS-COMMAND-INJECTION
    res.render("ping", { output: stdout });
  });
};
