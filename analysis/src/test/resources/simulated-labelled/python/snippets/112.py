class AgentRxivClient:
    def submit(self, paper: Paper, pdf_path: str | None = None) -> SubmissionResult:
        """Submit a paper (PDF) to AgentRxiv.

        Args:
            paper: Paper metadata.
            pdf_path: Path to PDF file. Required for AgentRxiv.

        Returns:
            SubmissionResult indicating success or failure.
        """
        if not pdf_path:
            return SubmissionResult(
                success=False,
                message="AgentRxiv requires pdf_path for submission",
            )

        try:
            with open(pdf_path, "rb") as f:
                filename = f"{paper.title}.pdf" if paper.title else "paper.pdf"
                files = {"file": (filename, f, "application/pdf")}
                response = self._session.post(
                    f"{self.base_url}/upload",
                    files=files,
                    timeout=60,
                )

            if response.status_code == 200:
                return SubmissionResult(
                    success=True,
                    paper_id=f"agentrxiv:{paper.title}",
                    message="Paper uploaded successfully",
                )
            else:
                return SubmissionResult(
                    success=False,
                    message=f"Upload failed: {response.text}",
                )
        except Exception as e:
            logger.error("AgentRxiv submit failed: %s", e)
            if isinstance(e, requests.RequestException):
                return SubmissionResult(success=False, message=_error_detail(e))
            return SubmissionResult(success=False, message=str(e))
