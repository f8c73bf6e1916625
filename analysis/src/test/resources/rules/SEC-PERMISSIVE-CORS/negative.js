const cors = require("cors");

app.use(cors({ origin: ["https://shop.example.com"] }));
app.use((req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", "https://shop.example.com");
  next();
});
