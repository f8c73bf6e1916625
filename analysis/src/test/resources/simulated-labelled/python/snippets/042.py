class KubernetesCronScheduler:
    def _handle_job_failure(self, job_name: str) -> None:
        """Handle job failures by potentially restarting the pod."""
        try:
            # Get the current pod
            pod = self.k8s_client.read_namespaced_pod(
                name=self.pod_name,
                namespace=self.namespace
            )
            
            # Delete the pod to trigger a restart
            self.k8s_client.delete_namespaced_pod(
                name=self.pod_name,
                namespace=self.namespace,
                body=client.V1DeleteOptions()
            )
            
            logger.info(f"Pod {self.pod_name} deleted to handle job failure: {job_name}")
            
        except Exception as e:
            logger.error(f"Failed to handle job failure: {str(e)}")
