def run_backup() -> Any:
    """
    Example backup function that would connect to your database
    and perform backup operations
    """
    try:
        # Your backup logic here
        # For example:
        # 1. Connect to database
        # 2. Perform backup
        # 3. Upload to storage
        logger.info("Starting database backup...")
        
        # Simulate some work
        import time
        time.sleep(5)
        
        logger.info("Backup completed successfully")
        return True
    except Exception as e:
        logger.error(f"Backup failed: {str(e)}")
        raise 
