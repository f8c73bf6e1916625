export const RoyalChat = async (message: string) => {
  return {
    response: `Royal AI says: ${message} (processed)`
  };
};
