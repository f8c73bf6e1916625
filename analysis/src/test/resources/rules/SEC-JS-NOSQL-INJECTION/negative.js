module.exports.login = async (req, res) => {
  const user = await users.findOne({ name: String(req.body.name) });
  const recent = await users.find({ $where: "this.visits > 10" });
  res.json({ user, recent });
};
