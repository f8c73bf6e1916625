  const handleExecute = async () => {
    if (!agent || !command.trim()) return

    setIsExecuting(true)
    // Simulate API call
    await new Promise((resolve) => setTimeout(resolve, 2000))
    setIsExecuting(false)
    setCommand("")
  }
