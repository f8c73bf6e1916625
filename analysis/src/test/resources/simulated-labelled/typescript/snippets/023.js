async function sendSMS(phoneNumber, message) {
  console.log(`SMS an ${phoneNumber}: ${message}`);
  return { success: true, to: phoneNumber };
}
