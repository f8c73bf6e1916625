function AllocationsDAO(db) {
  const allocations = db.collection("allocations");
  this.getByUserIdAndThreshold = (userId, threshold, callback) => {
    const searchCriteria = () => {
      return { $where: `this.userId == ${userId} && this.stocks > '${threshold}'` }; // expect: SEC-JS-NOSQL-INJECTION
    };
    allocations.find({ $where: "this.userId == " + userId }).toArray(callback); // expect: SEC-JS-NOSQL-INJECTION
    return searchCriteria;
  };
}

module.exports.login = async (req, res) => {
  const user = await users.findOne(req.body); // expect: SEC-JS-NOSQL-INJECTION
  res.json(user);
};
