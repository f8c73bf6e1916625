const cors = require("cors");

app.use(cors()); // expect: SEC-PERMISSIVE-CORS
app.use((req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", "*"); // expect: SEC-PERMISSIVE-CORS
  next();
});
