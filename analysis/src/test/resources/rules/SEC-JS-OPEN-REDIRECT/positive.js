module.exports.redirect = function (req, res) {
  res.redirect(req.query.url); // expect: SEC-JS-OPEN-REDIRECT
};
