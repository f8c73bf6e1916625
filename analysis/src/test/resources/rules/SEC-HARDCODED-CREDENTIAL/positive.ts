const config = {
  apiKey: "sk_live_51HxQ2eZvKYlo2C", // expect: SEC-HARDCODED-CREDENTIAL
};
