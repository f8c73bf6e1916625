const db = require("./models");

module.exports.userSearch = function (req, res) {
  const query = "SELECT name, id FROM Users WHERE login='" + req.body.login + "'";
  db.sequelize.query(query, { model: db.User }).then((users) => res.json(users)); // expect: SEC-JS-SQL-INJECTION
};

module.exports.byName = async (req, res) => {
  const { name } = req.query;
  const rows = await pool.query(`SELECT * FROM products WHERE name = '${name}'`); // expect: SEC-JS-SQL-INJECTION
  res.json(rows);
};
