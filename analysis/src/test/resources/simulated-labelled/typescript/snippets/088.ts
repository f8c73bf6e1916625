async function processSocialSend(job: Job<SocialSendPayload>) {
  logger.info({ jobId: job.id, platform: job.data.platform }, "Processing social.send job");

  // Real implementation would:
  // 1. Get connector credentials for the platform
  // 2. Use connector registry to execute post action
  // 3. Record event in EventIntakeService

  // For now, we log and acknowledge
  logger.info(
    { jobId: job.id, platform: job.data.platform, contentLength: job.data.content.length },
    "Social post would be sent here via connector"
  );

  return {
    sent: true,
    platform: job.data.platform,
    postId: `mock_${Date.now()}`,
  };
}
