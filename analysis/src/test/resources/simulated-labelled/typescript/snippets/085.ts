async function processEmailSend(job: Job<EmailSendPayload>) {
  logger.info({ jobId: job.id, to: job.data.to }, "Processing email.send job");
  
  try {
    const result = await resend.emails.send({
      from: job.data.from ?? "noreply@neonhub.ai",
      to: job.data.to,
      subject: job.data.subject,
      html: job.data.html,
      text: job.data.text,
      replyTo: job.data.replyTo,
    });

    logger.info({ jobId: job.id, emailId: result.data?.id }, "Email sent successfully");

    return {
      sent: true,
      emailId: result.data?.id,
      to: job.data.to,
    };
  } catch (error) {
    logger.error({ jobId: job.id, error, to: job.data.to }, "Failed to send email");
    throw error;
  }
}
