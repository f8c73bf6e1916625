const db = require("./models");

module.exports.userSearch = function (req, res) {
  db.sequelize.query("SELECT name, id FROM Users WHERE login = ?", { replacements: [req.body.login] })
    .then((users) => res.json(users));
};

module.exports.search = async (req, res) => {
  const rows = await pool.query("SELECT * FROM products WHERE name = $1", [req.query.name]);
  const list = await fetchQueue.query(`job ${req.query.id}`); // not a database
  res.json(rows.concat(list));
};
