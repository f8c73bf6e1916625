export const stripeKey = import.meta.env.VITE_STRIPE_KEY;
const apiToken = process.env.API_TOKEN ?? "";
const placeholder = "your-api-key-here";
const tokenName = "access_token";
