  const handlePublish = async (data: any) => {
    try {
      // TODO: Wire to tRPC
      // await trpc.content.publish.mutate({ id: draftId, ...data });
      
      console.log("Publishing:", data);
      await new Promise(resolve => setTimeout(resolve, 1500));
      
      router.push("/content");
      alert("Published successfully!");
    } catch (error) {
      console.error("Failed to publish:", error);
      throw error;
    }
  };
