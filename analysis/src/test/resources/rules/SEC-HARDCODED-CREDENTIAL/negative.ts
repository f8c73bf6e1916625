const config = {
  apiKey: import.meta.env.VITE_API_KEY,
  password: "{{ password }}",
};
