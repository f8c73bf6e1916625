  const handleSaveDraft = async (data: any) => {
    try {
      // TODO: Wire to tRPC when content router is implemented
      // const draft = await trpc.content.createDraft.mutate(data);
      
      console.log("Saving draft:", data);
      
      // Simulate API call
      await new Promise(resolve => setTimeout(resolve, 1000));
      
      // Navigate to review page
      // router.push(`/content/${draft.id}/review`);
      
      alert("Draft saved! (Simulated - will connect to tRPC in next step)");
    } catch (error) {
      console.error("Failed to save draft:", error);
      throw error;
    }
  };
