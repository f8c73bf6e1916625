async function processEmailCompose(job: Job<EmailComposePayload>) {
  logger.info({ jobId: job.id, personId: job.data.personId }, "Processing email.compose job");
  
  // Composition logic would use BrandVoiceService.compose() here
  // For now, we acknowledge the job
  
  return {
    composed: true,
    personId: job.data.personId,
    objective: job.data.objective,
  };
}
