module.exports.redirect = function (req, res) {
  res.redirect(302, "/login");
};
