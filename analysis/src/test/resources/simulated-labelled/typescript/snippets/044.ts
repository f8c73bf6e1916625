export const RoyalVideoGen = async (script: string) => {
  return {
    videoUrl: `https://cdn.royalmixglobal.com/video/${Date.now()}.mp4`
  };
};
