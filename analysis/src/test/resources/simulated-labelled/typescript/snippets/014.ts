class SecurityMiddleware {
  async validateFileOperation(operation: 'READ' | 'WRITE' | 'DELETE' | 'CREATE', filePath: string): Promise<boolean> {
    try {
      // Sanitize path
      const sanitizedPath = ValidationService.sanitizePath(filePath);
      
      // Check if user has file operation permissions
      if (this.currentUser) {
        const permission = `file:${operation.toLowerCase()}`;
        if (!this.rbacService.hasPermission(this.currentUser, permission)) {
          this.auditLogger.logSecurityEvent('FILE_ACCESS_DENIED', {
            username: this.currentUser.username,
            operation,
            filePath: sanitizedPath,
            reason: 'INSUFFICIENT_PERMISSIONS'
          }, 'warn');
          return false;
        }
      }

      this.auditLogger.logFileOperation(operation, sanitizedPath, true);
      return true;

    } catch (error) {
      this.auditLogger.logFileOperation(operation, filePath, false);
      this.auditLogger.logError(error as Error, { operation, filePath });
      return false;
    }
  }
}
